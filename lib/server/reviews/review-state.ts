import "server-only";
import type { TTx } from "@/lib/db";
import type { TRole } from "@/lib/domain/roles";
import type { TReviewStateDto } from "@/lib/domain/reviews/review-dto";
import { signOffChanges } from "@/lib/domain/reviews/sign-off-hash";
import { publisherRolesOf } from "@/lib/domain/publishing/public-profile";
import { publicSlugFromText } from "@/lib/domain/publishing/public-slug";
import { allowedActions, describeQuorum } from "@/lib/domain/reviews/workflow";
import { loadClaimsEvidence } from "@/lib/server/evidence/to-evidence-dto";
import { asSignOffInput, countValidApprovals, type TReviewContext } from "./load-review-context";
import { reviewSelect, toReviewDto, toVerdictDto } from "./to-review-dtos";

/** The review view's state for one claim, from a context read in the caller's transaction. */
export async function buildReviewState(
  tx: TTx,
  ctx: TReviewContext,
  opts: { userId: string; role: TRole; requiredApprovals: number },
): Promise<TReviewStateDto> {
  const { claim, verdict, current } = ctx;
  const [reviewRows, evidence, reviewers, publication, slug, ws] = await Promise.all([
    tx.review.findMany({ where: { claimId: claim.id }, select: reviewSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    loadClaimsEvidence(tx, [claim.id]),
    tx.claimReviewer.findMany({ where: { claimId: claim.id }, select: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } }),
    tx.publication.findFirst({ where: { claimId: claim.id }, orderBy: { version: "desc" }, select: { version: true, kind: true, publishedAt: true } }),
    tx.claim.findUnique({ where: { id: claim.id }, select: { publicSlug: true, text: true, workspace: { select: { slug: true } } } }),
    tx.workspace.findUnique({ where: { id: claim.workspaceId }, select: { publicProfile: true } }),
  ]);
  const publisherRoles = publisherRolesOf(ws?.publicProfile ?? null);
  const reviews = reviewRows.map(toReviewDto);
  const validApprovals = countValidApprovals(ctx);
  const isVerdictAuthor = Boolean(verdict && verdict.authorId === opts.userId);
  const alreadyApprovedByActor = Boolean(current && ctx.standing.some((r) => r.reviewerId === opts.userId && r.signOffHash === current.hash));
  const actions = allowedActions({
    status: claim.status,
    role: opts.role,
    isVerdictAuthor,
    alreadyApprovedByActor,
    hasVerdict: Boolean(verdict),
    hasPublication: publication !== null,
    requiredApprovals: opts.requiredApprovals,
    publisherRoles,
  });

  // A change request is open until the author answers it with a new verdict version.
  const lastRequest = reviewRows.find((r) => r.kind === "REQUEST_CHANGES");
  const openChangeRequest =
    lastRequest && verdict && verdict.createdAt <= lastRequest.createdAt && (claim.status === "CHANGES_REQUESTED" || claim.status === "RESEARCHING")
      ? toReviewDto(lastRequest)
      : null;
  // A version counts as approved once it reached the quorum of one content (or an override), even
  // if those approvals were voided later: that is the version a revision is compared against.
  const signers = new Map<string, { version: number; people: Set<string>; override: boolean }>();
  for (const r of reviewRows) {
    if (r.kind === "REQUEST_CHANGES") continue;
    const key = `${r.verdict.version}:${r.signOffHash}`;
    const entry = signers.get(key) ?? { version: r.verdict.version, people: new Set<string>(), override: false };
    if (r.kind === "OVERRIDE") entry.override = true;
    else if (r.reviewer && r.reviewer.id !== r.verdict.authorId) entry.people.add(r.reviewer.id);
    signers.set(key, entry);
  }
  const approvedVersions = [...signers.values()].filter((e) => e.override || e.people.size >= opts.requiredApprovals).map((e) => e.version);

  return {
    claimId: claim.id,
    status: claim.status,
    claimVersion: claim.version,
    verdict: verdict ? toVerdictDto(verdict) : null,
    signOffHash: current?.hash ?? null,
    changedSinceVerdict: verdict && current ? signOffChanges(asSignOffInput(verdict.signOffInput), current.input) : [],
    reviews,
    validApprovals,
    requiredApprovals: opts.requiredApprovals,
    quorumText: describeQuorum(validApprovals, opts.requiredApprovals),
    allowedActions: actions,
    openChangeRequest,
    lastApprovedVersion: approvedVersions.length > 0 ? Math.max(...approvedVersions) : null,
    evidence: evidence.get(claim.id) ?? [],
    requestedReviewers: reviewers.map((r) => r.user),
    publicAddress: {
      workspaceSlug: slug?.workspace.slug ?? "",
      slug: slug?.publicSlug ?? null,
      suggested: slug?.publicSlug ?? publicSlugFromText(slug?.text ?? ""),
      canEdit: publisherRoles.includes(opts.role),
    },
    publication:
      publication && slug?.publicSlug
        ? {
            version: publication.version,
            kind: publication.kind,
            publishedAt: publication.publishedAt.toISOString(),
            path: `/p/${slug.workspace.slug}/${slug.publicSlug}`,
            canRetract: publication.kind !== "RETRACTION" && publisherRoles.includes(opts.role),
          }
        : null,
  };
}
