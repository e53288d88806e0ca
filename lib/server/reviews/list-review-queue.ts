import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { CLAIM_PRIORITIES } from "@/lib/domain/reviews/review-dto";
import { can } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { claimSelect, toClaimDtos } from "@/lib/server/claims/to-claim-dto";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZListReviewQueueInput = z.object({ workspaceSlug: z.string() }).strict();
export type TListReviewQueueInput = z.infer<typeof ZListReviewQueueInput>;

export type TReviewQueue = {
  /** In review, asked of me (or of anyone who can review, when nobody was asked), not written or approved by me. */
  waitingForMe: TClaimDto[];
  /** Changes requested on a verdict I wrote, or on a claim assigned to me. */
  toRevise: TClaimDto[];
  /** Past their due date and not approved yet: mine (assigned or asked of me); every one for admins and owners. */
  overdue: TClaimDto[];
};

/** Each list's cap: a queue longer than this is a planning problem, and the claims page pages the rest. */
export const REVIEW_QUEUE_LIMIT = 100;

const PRIORITY_RANK = new Map(CLAIM_PRIORITIES.map((p, i) => [p, i]));
/** Urgent first, then the nearest due date (none last), then the oldest. */
function byUrgency(a: TClaimDto, b: TClaimDto): number {
  return (
    (PRIORITY_RANK.get(b.priority) ?? 0) - (PRIORITY_RANK.get(a.priority) ?? 0) ||
    (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

/**
 * What waits for the caller in one workspace: reviews to give, verdicts to revise, overdue claims.
 * Any member; a viewer's queue is empty but for nothing (viewers are never asked or assigned).
 */
export async function listReviewQueue({ actor, ...input }: { actor: TActor } & TListReviewQueueInput): Promise<TReviewQueue> {
  const { workspaceSlug } = ZListReviewQueueInput.parse(input);
  const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  const me = actor.userId;
  const live = { workspaceId: workspace.id, document: { deletedAt: null } } satisfies Prisma.ClaimWhereInput;
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const canReview = can(membership.role, "verdict.review");
  const seesAll = can(membership.role, "workspace.settings");

  const [inReview, changes, overdue] = await Promise.all([
    canReview
      ? db.claim.findMany({
          where: {
            ...live,
            status: "IN_REVIEW",
            OR: [{ reviewers: { some: { userId: me } } }, { reviewers: { none: {} } }],
            // Not one I already approved, as it stands.
            reviews: { none: { reviewerId: me, voidedAt: null, kind: { in: ["APPROVE", "OVERRIDE"] } } },
          },
          select: { ...claimSelect, verdicts: { ...claimSelect.verdicts, select: { ...claimSelect.verdicts.select, authorId: true } } },
          take: REVIEW_QUEUE_LIMIT,
        })
      : Promise.resolve([]),
    db.claim.findMany({
      where: { ...live, status: "CHANGES_REQUESTED", OR: [{ assigneeId: me }, { verdicts: { some: { authorId: me } } }] },
      select: { ...claimSelect, verdicts: { ...claimSelect.verdicts, select: { ...claimSelect.verdicts.select, authorId: true } } },
      take: REVIEW_QUEUE_LIMIT,
    }),
    db.claim.findMany({
      where: {
        ...live,
        dueDate: { lt: today },
        status: { notIn: ["APPROVED", "PUBLISHED", "CORRECTED"] },
        ...(seesAll ? {} : { OR: [{ assigneeId: me }, { reviewers: { some: { userId: me } } }] }),
      },
      select: claimSelect,
      take: REVIEW_QUEUE_LIMIT,
    }),
  ]);
  // The current verdict's author: never asked to review it, and the one who revises it.
  const waiting = inReview.filter((c) => c.verdicts[0]?.authorId !== me);
  const revise = changes.filter((c) => c.assignee?.id === me || c.verdicts[0]?.authorId === me);
  const [a, b, c] = await Promise.all([toClaimDtos(db, waiting, { evidence: "summary" }), toClaimDtos(db, revise, { evidence: "summary" }), toClaimDtos(db, overdue, { evidence: "summary" })]);
  return { waitingForMe: a.sort(byUrgency), toRevise: b.sort(byUrgency), overdue: c.sort(byUrgency) };
}
