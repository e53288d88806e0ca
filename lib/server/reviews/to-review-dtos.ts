import "server-only";
import type { TReviewDto, TVerdictDto } from "@/lib/domain/reviews/review-dto";
import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TVerdictRow } from "./load-review-context";

export function toVerdictDto(row: TVerdictRow): TVerdictDto {
  return {
    id: row.id,
    claimId: row.claimId,
    version: row.version,
    author: row.author,
    rating: { label: row.ratingLabel, value: row.ratingValue, color: row.ratingColor, description: row.ratingDescription },
    summary: row.summary,
    rationale: row.rationale as unknown as TTiptapNode,
    rationaleText: row.rationaleText,
    evidenceIds: row.evidenceIds,
    signOffHash: row.signOffHash,
    createdAt: row.createdAt.toISOString(),
  };
}

export const reviewSelect = {
  id: true,
  verdictId: true,
  kind: true,
  comment: true,
  signOffHash: true,
  createdAt: true,
  voidedAt: true,
  voidReason: true,
  verdict: { select: { version: true, authorId: true } },
  reviewer: { select: { id: true, name: true } },
  voidedBy: { select: { id: true, name: true } },
} satisfies Prisma.ReviewSelect;
type TReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;

export function toReviewDto(row: TReviewRow): TReviewDto {
  return {
    id: row.id,
    verdictId: row.verdictId,
    verdictVersion: row.verdict.version,
    reviewer: row.reviewer,
    kind: row.kind,
    comment: row.comment,
    signOffHash: row.signOffHash,
    createdAt: row.createdAt.toISOString(),
    voided: row.voidedAt ? { at: row.voidedAt.toISOString(), reason: row.voidReason ?? "", by: row.voidedBy } : null,
  };
}
