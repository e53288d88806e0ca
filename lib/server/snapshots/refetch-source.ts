import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { retryAfterSeconds } from "@/lib/domain/auth-rate-limit";
import { FETCH_WINDOW_MS, fetchRateLimitMessage, REFETCH_MAX_PER_WINDOW } from "@/lib/domain/fetch-rate-limit";
import { isUuid } from "@/lib/domain/ids";
import type { TSnapshotDto } from "@/lib/domain/evidence/snapshot-dto";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { requestSnapshot } from "./request-snapshot";
import { sendCaptureJobs } from "./send-capture-jobs";
import { snapshotSelect, toSnapshotDto } from "./to-snapshot-dto";

export const ZRefetchSourceInput = z.object({ workspaceSlug: z.string(), sourceId: z.string() });
export type TRefetchSourceInput = z.infer<typeof ZRefetchSourceInput>;

/**
 * Captures a URL source again: a new PENDING snapshot (earlier ones stay as they were), whose job
 * reports whether the page changed and whether each excerpt is still there. A capture already
 * waiting is returned instead of queuing a second one (a double click, two people at once). The
 * source row is locked for the check, so two concurrent re-fetches cannot both add one. A person
 * queues at most REFETCH_MAX_PER_WINDOW re-fetches in ten minutes (counted from the audit log, so
 * across processes); past that, a 429 with Retry-After.
 */
export async function refetchSource({ actor, ...input }: { actor: TActor } & TRefetchSourceInput): Promise<TSnapshotDto> {
  const { workspaceSlug, sourceId } = ZRefetchSourceInput.parse(input);
  const snapshot = await db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(sourceId)) throw new AppError("NOT_FOUND", "Source not found.");
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Source" WHERE "id" = ${sourceId}::uuid AND "workspaceId" = ${workspace.id}::uuid FOR NO KEY UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "Source not found.");
    const source = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: { id: true, url: true, title: true } });
    if (!source.url) throw new AppError("BAD_REQUEST", "This source has no web address to fetch.");
    const waiting = await tx.sourceSnapshot.findFirst({
      where: { sourceId, status: "PENDING" },
      orderBy: { createdAt: "desc" },
      select: snapshotSelect,
    });
    if (waiting) return waiting;
    const now = new Date();
    const recent = await tx.auditEvent.findMany({
      where: { actorId: actor.userId, action: "source.refetched", createdAt: { gt: new Date(now.getTime() - FETCH_WINDOW_MS) } },
      orderBy: { createdAt: "desc" },
      take: REFETCH_MAX_PER_WINDOW,
      select: { createdAt: true },
    });
    const wait = retryAfterSeconds(recent.map((r) => r.createdAt), now, REFETCH_MAX_PER_WINDOW, FETCH_WINDOW_MS);
    if (wait > 0) throw new AppError("RATE_LIMITED", fetchRateLimitMessage("re-fetch", wait), { retryAfter: wait });
    const { id } = await requestSnapshot(tx, { workspaceId: workspace.id, sourceId, url: source.url, requestedById: actor.userId });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "source.refetched",
      targetType: "source",
      targetId: sourceId,
      data: { title: source.title, url: source.url, snapshotId: id },
    });
    return tx.sourceSnapshot.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  });
  // A waiting capture may have lost its job (a crash before it was sent): sending again is a no-op
  // when the job is alive, and revives it otherwise.
  await sendCaptureJobs([snapshot.id]);
  return toSnapshotDto(snapshot, false);
}
