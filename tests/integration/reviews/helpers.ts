import { db } from "@/lib/db";
import type { TReviewStateDto } from "@/lib/domain/reviews/review-dto";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { createVerdict } from "@/lib/server/reviews/create-verdict";
import { getReviewState } from "@/lib/server/reviews/get-review-state";
import { moveClaim } from "@/lib/server/reviews/move-claim";
import { submitReview } from "@/lib/server/reviews/submit-review";
import { actorOf, evidenceWorld } from "../evidence/helpers";

export { actorOf, codeOf, call, ctx, errorOf, tokenFor } from "../evidence/helpers";

type TUser = { id: string };

export const rationale = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/**
 * A workspace with every role, a claim with two pieces of evidence, and a verdict by the editor
 * (Mostly false, resting on both), submitted for review: the state every review test starts from.
 * Reviewers who may approve: reviewer, admin, owner, coOwner (quorum 2 by default).
 */
export async function reviewWorld(opts: { requiredApprovals?: number; submit?: boolean } = {}) {
  const base = await evidenceWorld();
  const { w, claim } = base;
  if (opts.requiredApprovals) await db.workspace.update({ where: { id: w.ws.id }, data: { requiredApprovals: opts.requiredApprovals } });
  const editor = actorOf(w.editor);
  const e1 = await addEvidence({ actor: editor, workspaceSlug: w.slug, claimId: claim.id, source: { url: "https://stats.example/labour" }, stance: "REFUTES", excerpt: "rose to 5.4 percent", note: "" });
  const e2 = await addEvidence({ actor: editor, workspaceSlug: w.slug, claimId: claim.id, source: { title: "Call with the ministry", description: "Notes kept by the desk." }, stance: "CONTEXT", excerpt: "", note: "Phone call." });
  let state = await getReviewState({ actor: editor, workspaceSlug: w.slug, claimId: claim.id });
  state = await moveClaim({ actor: editor, workspaceSlug: w.slug, claimId: claim.id, action: "start_research", claimVersion: state.claimVersion });
  state = await createVerdict({
    actor: editor,
    workspaceSlug: w.slug,
    claimId: claim.id,
    claimVersion: state.claimVersion,
    rating: "Mostly false",
    summary: "Unemployment rose to 5.4 percent; it is not at a record low.",
    rationale: rationale("The statistics office reports a rise."),
    evidenceIds: [e1.id, e2.id],
  });
  if (opts.submit !== false) state = await moveClaim({ actor: editor, workspaceSlug: w.slug, claimId: claim.id, action: "submit_for_review", claimVersion: state.claimVersion });
  return { ...base, e1, e2, state };
}

export type TReviewWorld = Awaited<ReturnType<typeof reviewWorld>>;

export const stateAs = (x: TReviewWorld, who: TUser) => getReviewState({ actor: actorOf(who), workspaceSlug: x.w.slug, claimId: x.claim.id });

/** `who` approves what they see now (their own fresh read of the review state). */
export async function approveAs(x: TReviewWorld, who: TUser, seen?: TReviewStateDto): Promise<TReviewStateDto> {
  const s = seen ?? (await stateAs(x, who));
  return submitReview({ actor: actorOf(who), workspaceSlug: x.w.slug, claimId: x.claim.id, decision: "approve", claimVersion: s.claimVersion, signOffHash: s.signOffHash! });
}

export async function requestChangesAs(x: TReviewWorld, who: TUser, comment: string, seen?: TReviewStateDto): Promise<TReviewStateDto> {
  const s = seen ?? (await stateAs(x, who));
  return submitReview({ actor: actorOf(who), workspaceSlug: x.w.slug, claimId: x.claim.id, decision: "request_changes", claimVersion: s.claimVersion, signOffHash: s.signOffHash!, comment });
}

export const claimStatus = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true } })).status;
