import "server-only";
import { hash } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE } from "@/prisma/seed/demo-content";

/**
 * Creates the demo workspace and users once. "Once" is keyed on the demo admin's account: a second
 * start finds it and leaves the database alone, even if the demo data was edited since.
 */
export async function seedDemo(): Promise<{ seeded: boolean }> {
  const existing = await db.user.findUnique({ where: { email: DEMO_USERS[0].email } });
  if (existing) return { seeded: false };

  // Argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum).
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2 });
  await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({ data: { ...DEMO_WORKSPACE } });
    for (const u of DEMO_USERS) {
      const user = await tx.user.create({ data: { email: u.email, name: u.name, passwordHash } });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: u.role } });
      if (u.role === "OWNER") {
        await recordAuditEvent(tx, {
          actor: { userId: user.id, via: "session" },
          workspaceId: workspace.id,
          action: "workspace.created",
          targetType: "workspace",
          targetId: workspace.id,
          data: { name: workspace.name, slug: workspace.slug, seed: true },
        });
      }
    }
  });
  return { seeded: true };
}
