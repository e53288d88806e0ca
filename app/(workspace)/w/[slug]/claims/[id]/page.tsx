import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimDiscussion } from "@/components/conversation/claim-discussion";
import { ReviewView } from "@/components/reviews/review-view";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/roles";
import { isAppError } from "@/lib/errors";
import { getClaim } from "@/lib/server/claims/get-claim";
import { listComments } from "@/lib/server/comments/list-comments";
import { getClaimTimeline } from "@/lib/server/reviews/get-claim-timeline";
import { listMembers } from "@/lib/server/workspaces/list-members";
import { getReviewState } from "@/lib/server/reviews/get-review-state";
import { listVerdicts } from "@/lib/server/reviews/list-verdicts";
import { loadWorkspace } from "../../load-workspace";

type Props = { params: Promise<{ slug: string; id: string }> };

/** The server's clock when the page is rendered (the comments' edit window starts from it). */
const renderedAt = () => Date.now();

/** Missing, another workspace's or malformed: the same 404, never a hint which. */
async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

async function load(slug: string, id: string) {
  if (!isUuid(id)) notFound();
  const { actor, workspace } = await loadWorkspace(slug);
  const [claim, state, versions, timeline, comments, members] = await Promise.all([
    orNotFound(getClaim({ actor, workspaceSlug: slug, claimId: id })),
    orNotFound(getReviewState({ actor, workspaceSlug: slug, claimId: id })),
    orNotFound(listVerdicts({ actor, workspaceSlug: slug, claimId: id })),
    orNotFound(getClaimTimeline({ actor, workspaceSlug: slug, claimId: id })),
    orNotFound(listComments({ actor, workspaceSlug: slug, claimId: id })),
    listMembers({ actor, workspaceSlug: slug }),
  ]);
  return { actor, workspace, claim, state, versions: versions.verdicts, timeline: timeline.entries, threads: comments.threads, members };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { workspace, claim } = await load(slug, id);
  return { title: `Review: ${claim.text.slice(0, 60)} · ${workspace.name}` };
}

/** A claim's review view: verdict, sign-off, versions (see components/reviews/review-view.tsx). */
export default async function ClaimReviewPage({ params }: Props) {
  const { slug, id } = await params;
  const { actor, workspace, claim, state, versions, timeline, threads, members } = await load(slug, id);
  return (
    <ReviewView
        workspaceSlug={slug}
        claim={claim}
        initialState={state}
        initialVersions={versions}
      initialTimeline={timeline}
      discussion={
        <ClaimDiscussion
          workspaceSlug={slug}
          claimId={claim.id}
          initialThreads={threads}
          members={members.map((m) => ({ id: m.userId, name: m.name }))}
          currentUserId={actor.userId}
          canWrite={can(workspace.role, "content.edit")}
          renderedAt={renderedAt()}
          verdictVersions={versions.map((v) => v.version)}
        />
      }
        scale={workspace.ratingScale}
        canEdit={can(workspace.role, "content.edit")}
      />
  );
}
