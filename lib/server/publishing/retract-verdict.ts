import "server-only";
import { z } from "zod";
import { db, type TTx } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { publisherRolesOf } from "@/lib/domain/publishing/public-profile";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { zReason } from "@/lib/server/reviews/review-fields";
import { notify } from "@/lib/server/notifications/notify";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { publicChanged } from "./public-cache-events";

export const ZRetractVerdictInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string().refine(isUuid, "Claim not found."),
    note: zReason.pipe(z.string().min(1, "A retraction needs a public note saying why it was retracted.")),
  })
  .strict();
export type TRetractVerdictInput = z.input<typeof ZRetractVerdictInput>;

/**
 * Retracts a published verdict: a new publication version carrying the public note, so the page
 * keeps its address and answers with a retraction notice (410) instead of disappearing; every
 * earlier version stays readable. Whoever may publish (owners, admins, roles the workspace allows). A retracted verdict
 * can later be reopened, revised, approved and published again as a correction.
 */
export async function retractVerdict({ actor, ...input }: { actor: TActor } & TRetractVerdictInput): Promise<{ version: number }> {
  const { workspaceSlug, claimId, note } = ZRetractVerdictInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" }, tx);
    if (!publisherRolesOf(workspace.publicProfile).includes(membership.role)) throw new AppError("FORBIDDEN", "Your role cannot retract verdicts in this workspace: owners, admins and the roles its settings allow can.");
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Claim" WHERE id = ${claimId}::uuid AND "workspaceId" = ${workspace.id}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "Claim not found.");
    const result = await writeRetraction(tx, { actor, workspaceId: workspace.id, claimId, note });
    // The verdict's author and the claim's assignee hear of it (the demo seed's retraction stays quiet).
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { assigneeId: true, verdicts: { orderBy: { version: "desc" }, take: 1, select: { authorId: true } } } });
    await notify(tx, {
      workspaceId: workspace.id,
      claimId,
      event: { kind: "verdict_published", actorId: actor.userId, verdictAuthorId: claim.verdicts[0]?.authorId ?? null, assigneeId: claim.assigneeId },
      data: { publicationKind: "RETRACTION", note },
    });
    return result;
  });
}

/** The retraction itself, under the caller's claim row lock (the demo seed uses it too). */
export async function writeRetraction(tx: TTx, o: { actor: TActor; workspaceId: string; claimId: string; note: string }): Promise<{ version: number }> {
  const last = await tx.publication.findFirst({ where: { claimId: o.claimId }, orderBy: { version: "desc" }, select: { version: true, kind: true, content: true, verdictId: true } });
  if (!last) throw new AppError("CONFLICT", "This claim was never published, so there is nothing to retract.");
  if (last.kind === "RETRACTION") throw new AppError("CONFLICT", "This verdict is already retracted.");
  const version = last.version + 1;
  await tx.publication.create({
    data: { workspaceId: o.workspaceId, claimId: o.claimId, version, kind: "RETRACTION", verdictId: last.verdictId, signOffHash: null, content: last.content as Prisma.InputJsonObject, note: o.note, publishedById: o.actor.userId },
  });
  await recordAuditEvent(tx, { actor: o.actor, workspaceId: o.workspaceId, action: "verdict.retracted", targetType: "claim", targetId: o.claimId, data: { claimId: o.claimId, publicationVersion: version, note: o.note } });
  await publicChanged(tx, o.workspaceId);
  return { version };
}
