import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { publishLiveEvent } from "@/lib/server/notifications/live-events";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZSetThreadResolvedInput = z
  .object({ workspaceSlug: z.string(), threadId: z.string(), resolved: z.boolean({ error: "resolved must be true or false." }) })
  .strict();
export type TSetThreadResolvedInput = z.infer<typeof ZSetThreadResolvedInput>;

/** Resolves or reopens a thread (members who work on claims). Setting what it already is records nothing. */
export async function setThreadResolved({ actor, ...input }: { actor: TActor } & TSetThreadResolvedInput): Promise<{ resolved: boolean }> {
  const { workspaceSlug, threadId, resolved } = ZSetThreadResolvedInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(threadId)) throw new AppError("NOT_FOUND", "Thread not found.");
    const root = await tx.comment.findFirst({
      where: { id: threadId, workspaceId: workspace.id, claim: { document: { deletedAt: null } } },
      select: { id: true, claimId: true, threadId: true, resolvedAt: true },
    });
    if (!root) throw new AppError("NOT_FOUND", "Thread not found.");
    if (root.threadId !== null) throw new AppError("BAD_REQUEST", "Resolve the thread through its first comment.");
    if ((root.resolvedAt !== null) === resolved) return { resolved };
    await tx.comment.update({ where: { id: root.id }, data: resolved ? { resolvedAt: new Date(), resolvedById: actor.userId } : { resolvedAt: null, resolvedById: null } });
    await publishLiveEvent(tx, { type: "comments", topics: [`claim:${root.claimId}`] });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: resolved ? "comment.thread_resolved" : "comment.thread_reopened",
      targetType: "claim",
      targetId: root.claimId,
      data: { claimId: root.claimId, threadId: root.id },
    });
    return { resolved };
  });
}
