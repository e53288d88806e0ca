import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { slugFromName, slugProblem, withSlugSuffix } from "@/lib/domain/slug";
import { WORKSPACE_NAME_MAX } from "@/lib/domain/workspace";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const ZCreateWorkspaceInput = z.object({
  name: z.string().trim().min(1, "Give the workspace a name.").max(WORKSPACE_NAME_MAX, `Use at most ${WORKSPACE_NAME_MAX} characters.`),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((s) => (s ? s : undefined))
    .superRefine((s, ctx) => {
      const problem = s === undefined ? null : slugProblem(s);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});
export type TCreateWorkspaceInput = z.input<typeof ZCreateWorkspaceInput>;

const taken = (slug: string) => {
  const message = `The address “${slug}” is already taken. Choose another.`;
  return new AppError("CONFLICT", message, { fieldErrors: { slug: [message] } });
};

/** A free slug for `name`: the plain one when possible, else with a short random suffix. */
async function deriveSlug(name: string): Promise<string> {
  const base = slugFromName(name);
  if (!slugProblem(base) && !(await db.workspace.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  for (let i = 0; i < 5; i++) {
    const candidate = withSlugSuffix(base, randomBytes(3).toString("hex"));
    if (slugProblem(candidate)) continue;
    if (!(await db.workspace.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
  throw new AppError("CONFLICT", "Could not find a free address for this name. Enter one yourself.");
}

/** Creates a workspace with the actor as its first OWNER. */
export async function createWorkspace({ actor, ...input }: { actor: TActor } & TCreateWorkspaceInput) {
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const { name, slug: wanted } = ZCreateWorkspaceInput.parse(input);
  const slug = wanted ?? (await deriveSlug(name));
  try {
    return await db.$transaction(async (tx) => {
      const workspace = await tx.workspace.create({ data: { name, slug } });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: actor.userId, role: "OWNER" } });
      await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "workspace.created", targetType: "workspace", targetId: workspace.id, data: { name, slug } });
      return { id: workspace.id, slug: workspace.slug, name: workspace.name, requiredApprovals: workspace.requiredApprovals, role: "OWNER" as const };
    });
  } catch (e) {
    // Another request took the slug between our check and our insert.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw taken(slug);
    throw e;
  }
}
