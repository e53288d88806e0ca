import "server-only";
import type { TTx } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import type { TSignOffInput } from "@/lib/domain/reviews/sign-off-hash";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { computeSignOff, signOffClaimSelect } from "./compute-sign-off";

export const verdictRowSelect = {
  id: true,
  claimId: true,
  version: true,
  authorId: true,
  ratingLabel: true,
  ratingValue: true,
  ratingColor: true,
  ratingDescription: true,
  summary: true,
  rationale: true,
  rationaleText: true,
  evidenceIds: true,
  signOffInput: true,
  signOffHash: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.VerdictSelect;
export type TVerdictRow = Prisma.VerdictGetPayload<{ select: typeof verdictRowSelect }>;

const standingSelect = { id: true, reviewerId: true, kind: true, signOffHash: true, signOffInput: true, verdict: { select: { authorId: true } } } satisfies Prisma.ReviewSelect;
export type TStandingReview = Prisma.ReviewGetPayload<{ select: typeof standingSelect }>;

/**
 * A claim as the review workflow sees it, read under a row lock (SELECT … FOR UPDATE) so every
 * workflow write on one claim runs one after another: two approvals, an approval and an edit,
 * two verdict saves. Each then decides on what the other committed, never on a stale read.
 */
export type TReviewContext = Awaited<ReturnType<typeof loadReviewContext>>;

export async function loadReviewContext(tx: TTx, workspaceId: string, claimId: string, opts: { lock: boolean } = { lock: true }) {
  if (!isUuid(claimId)) throw new AppError("NOT_FOUND", "Claim not found.");
  const found = opts.lock
    ? await tx.$queryRaw<{ id: string }[]>`
        SELECT c."id" FROM "Claim" c JOIN "Document" d ON d."id" = c."documentId"
         WHERE c."id" = ${claimId}::uuid AND c."workspaceId" = ${workspaceId}::uuid AND d."deletedAt" IS NULL
         FOR UPDATE OF c`
    : await tx.claim.findMany({ where: { id: claimId, workspaceId, document: { deletedAt: null } }, select: { id: true } });
  if (found.length === 0) throw new AppError("NOT_FOUND", "Claim not found.");
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { ...signOffClaimSelect, workspaceId: true, status: true, version: true },
  });
  const verdict = await tx.verdict.findFirst({ where: { claimId }, orderBy: { version: "desc" }, select: verdictRowSelect });
  const standing = await tx.review.findMany({
    where: { claimId, voidedAt: null, kind: { in: ["APPROVE", "OVERRIDE"] } },
    select: standingSelect,
    orderBy: { createdAt: "asc" },
  });
  const current = verdict ? await computeSignOff(tx, claim, verdict) : null;
  return { claim, verdict, standing, current };
}

/**
 * Standing approvals of the current content from distinct people who did not write the verdict:
 * what counts toward the quorum. An approval whose hash is not the current one does not count
 * (and `voidStaleApprovals` marks it void).
 */
export function countValidApprovals(ctx: { verdict: { authorId: string | null } | null; standing: TStandingReview[]; current: { hash: string } | null }): number {
  if (!ctx.verdict || !ctx.current) return 0;
  const people = new Set<string>();
  for (const r of ctx.standing) {
    if (r.signOffHash !== ctx.current.hash || !r.reviewerId || r.reviewerId === ctx.verdict.authorId) continue;
    people.add(r.reviewerId);
  }
  return people.size;
}

export const asSignOffInput = (json: Prisma.JsonValue): TSignOffInput => json as unknown as TSignOffInput;
