import type { TClaimStatus } from "@/lib/domain/claims/claim-status";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import type { TVerdictRating } from "./default-rating-scale";
import type { TSignOffPart, TTiptapNode } from "./sign-off-hash";
import type { TWorkflowAction } from "./workflow";

/** Who did something, as every review DTO names them (null: the account is gone). */
export type TPersonRef = { id: string; name: string } | null;

export const CLAIM_PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export type TClaimPriority = (typeof CLAIM_PRIORITIES)[number];
export const CLAIM_PRIORITY_LABELS: Record<TClaimPriority, string> = { LOW: "Low", NORMAL: "Normal", HIGH: "High", URGENT: "Urgent" };

/** One version of a claim's verdict, as written (versions are never changed). */
export type TVerdictDto = {
  id: string;
  claimId: string;
  /** 1, 2, 3 … per claim. */
  version: number;
  author: TPersonRef;
  /** The rating as the verdict carries it: its own copy, whatever the scale says today. */
  rating: TVerdictRating;
  summary: string;
  /** Tiptap JSON (a `doc` node). */
  rationale: TTiptapNode;
  rationaleText: string;
  /** Ids of the claim's evidence the verdict rests on. */
  evidenceIds: string[];
  /** SHA-256 of what a sign-off of this version covered when it was written. */
  signOffHash: string;
  createdAt: string;
};

/** The current verdict in a claim list: enough to show the rating everywhere a claim appears. */
export type TVerdictSummaryDto = Pick<TVerdictDto, "id" | "version" | "author" | "summary" | "createdAt"> & {
  rating: Pick<TVerdictRating, "label" | "value" | "color">;
};

export type TReviewKind = "APPROVE" | "REQUEST_CHANGES" | "OVERRIDE";

/** A reviewer's decision on one verdict version, bound to the hash of what they saw. */
export type TReviewDto = {
  id: string;
  verdictId: string;
  verdictVersion: number;
  reviewer: TPersonRef;
  kind: TReviewKind;
  /** The change request's comment, the override's reason, or an approval's optional note. */
  comment: string | null;
  signOffHash: string;
  createdAt: string;
  /** Set once the content it signed changed (kept, shown struck through, never deleted). */
  voided: { at: string; reason: string; by: TPersonRef } | null;
};

/** A valid (not voided) approval, as claim lists carry it. */
export type TApprovalDto = { reviewer: TPersonRef; at: string; override: boolean };

/**
 * Everything the review view needs for one claim, from one read (GET …/claims/{id}/review).
 * `signOffHash` is the hash of the content as it stands now: an approval sends it back, and the
 * server refuses it (409) if the content changed in between.
 */
export type TReviewStateDto = {
  claimId: string;
  status: TClaimStatus;
  /** Claim.version: send it back with every workflow action (optimistic concurrency). */
  claimVersion: number;
  verdict: TVerdictDto | null;
  /** Null without a verdict. */
  signOffHash: string | null;
  /** Which signed parts changed since the current verdict version was written (e.g. evidence edited since). */
  changedSinceVerdict: TSignOffPart[];
  /** Every review of every version, newest first (voided ones included). */
  reviews: TReviewDto[];
  /** Valid approvals of the current content from distinct non-authors. */
  validApprovals: number;
  requiredApprovals: number;
  /** "1 of 2 approvals · 1 more needed". */
  quorumText: string;
  /** What the caller may do now (the workflow's `allowedActions`). */
  allowedActions: TWorkflowAction[];
  /** The open change request the author must see (the latest REQUEST_CHANGES since the last submission), or null. */
  openChangeRequest: TReviewDto | null;
  /** The version last approved (quorum reached or override), to diff against; null if none. */
  lastApprovedVersion: number | null;
  /** The claim's evidence, for choosing what the verdict rests on. */
  evidence: TEvidenceDto[];
  requestedReviewers: { id: string; name: string }[];
  /** The claim's public address: the one set (or null) and the one its first publication would get. */
  publicAddress: { workspaceSlug: string; slug: string | null; suggested: string; canEdit: boolean };
  /** The latest publication (its public page's path), or null when never published. */
  publication: { version: number; kind: "PUBLISH" | "CORRECTION" | "RETRACTION"; publishedAt: string; path: string; canRetract: boolean } | null;
};

/** One line of a claim's timeline (from the audit log). */
export type TTimelineEntryDto = {
  id: string;
  at: string;
  actor: TPersonRef;
  /** The audit action, e.g. "claim.status_changed", "verdict.created", "review.approved". */
  action: string;
  /** A sentence for people: "Ana approved version 2". */
  text: string;
  /** Set for approvals and overrides: the hash they signed. */
  signOffHash?: string;
  /** Overrides and voids stand out. */
  emphasis?: "override" | "void" | "change_request";
};
