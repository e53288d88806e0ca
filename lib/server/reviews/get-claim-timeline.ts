import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import type { TTimelineEntryDto } from "@/lib/domain/reviews/review-dto";
import { describeTimelineEvent } from "@/lib/domain/reviews/timeline-text";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

const MAX_BIGINT = 2n ** 63n - 1n;
export const MAX_TIMELINE_ENTRIES = 200;

export const ZGetClaimTimelineInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string(),
    limit: z.coerce.number().int().min(1).max(MAX_TIMELINE_ENTRIES).default(MAX_TIMELINE_ENTRIES),
    /** The `nextCursor` of the previous page: entries older than it. */
    cursor: z
      .string()
      .regex(/^\d{1,19}$/, "cursor must be the nextCursor of a previous page.")
      .refine((c) => !/^\d+$/.test(c) || BigInt(c) <= MAX_BIGINT, "cursor must be the nextCursor of a previous page.")
      .optional(),
  })
  .strict();
export type TGetClaimTimelineInput = z.input<typeof ZGetClaimTimelineInput>;

/**
 * A claim's timeline for any member: the workspace's audit events about the claim (targeted at it,
 * or naming it in their data, as evidence and review events do), newest first, at most 200 a page,
 * each with its sentence. `nextCursor` pages on to older entries (null on the last page).
 */
export async function getClaimTimeline({ actor, ...input }: { actor: TActor } & TGetClaimTimelineInput): Promise<{ entries: TTimelineEntryDto[]; nextCursor: string | null }> {
  const { workspaceSlug, claimId, limit, cursor } = ZGetClaimTimelineInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(claimId)) throw new AppError("NOT_FOUND", "Claim not found.");
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId: workspace.id, document: { deletedAt: null } }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");

  const rows = await db.auditEvent.findMany({
    where: {
      workspaceId: workspace.id,
      OR: [{ targetType: "claim", targetId: claim.id }, { data: { path: ["claimId"], equals: claim.id } }],
      ...(cursor ? { id: { lt: BigInt(cursor) } } : {}),
    },
    select: { id: true, action: true, data: true, createdAt: true, actor: { select: { id: true, name: true } } },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return {
    entries: page.map((e) => {
      const { text, signOffHash, emphasis } = describeTimelineEvent({ action: e.action, data: e.data, actorName: e.actor?.name ?? null });
      return {
        id: e.id.toString(),
        at: e.createdAt.toISOString(),
        actor: e.actor ? { id: e.actor.id, name: e.actor.name } : null,
        action: e.action,
        text,
        ...(signOffHash ? { signOffHash } : {}),
        ...(emphasis ? { emphasis } : {}),
      };
    }),
    nextCursor: rows.length > limit ? page[page.length - 1]!.id.toString() : null,
  };
}
