import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { createDocumentFromImport } from "@/lib/server/documents/create-document-from-import";
import { importPasted } from "@/lib/server/import/import-pasted";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE } from "@/prisma/seed/demo-content";
import { DEMO_DOCUMENTS } from "@/prisma/seed/demo-documents";

/**
 * Creates the demo workspace and users once. "Once" is keyed on the demo admin's account: a second
 * start finds it and leaves the database alone, even if the demo data was edited since.
 */
export async function seedDemo(): Promise<{ seeded: boolean }> {
  const existing = await db.user.findUnique({ where: { email: DEMO_USERS[0].email } });
  if (existing) return { seeded: false };

  // The same hashing as sign-up, so demo accounts sign in like any other.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({ data: { ...DEMO_WORKSPACE } });
    const userIds = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const user = await tx.user.create({ data: { email: u.email, name: u.name, passwordHash } });
      userIds.set(u.email, user.id);
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
    // Through the same import path as a user's paste, so demo documents look exactly like real ones.
    for (const d of DEMO_DOCUMENTS) {
      const imported = importPasted({ format: "text", content: d.body });
      await createDocumentFromImport(
        {
          actor: { userId: userIds.get(d.importedBy)!, via: "session" },
          workspaceSlug: workspace.slug,
          imported: { ...imported, title: d.title, publisher: d.publisher, author: d.author, publishedAt: d.publishedAt, sourceUrl: d.sourceUrl },
        },
        tx,
      );
    }
  });
  return { seeded: true };
}
