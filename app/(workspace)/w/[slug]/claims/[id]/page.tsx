import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewView } from "@/components/reviews/review-view";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/roles";
import { isAppError } from "@/lib/errors";
import { getClaim } from "@/lib/server/claims/get-claim";
import { getClaimTimeline } from "@/lib/server/reviews/get-claim-timeline";
import { getReviewState } from "@/lib/server/reviews/get-review-state";
import { listVerdicts } from "@/lib/server/reviews/list-verdicts";
import { loadWorkspace } from "../../load-workspace";

type Props = { params: Promise<{ slug: string; id: string }> };

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
  const [claim, state, versions, timeline] = await Promise.all([
    orNotFound(getClaim({ actor, workspaceSlug: slug, claimId: id })),
    orNotFound(getReviewState({ actor, workspaceSlug: slug, claimId: id })),
    orNotFound(listVerdicts({ actor, workspaceSlug: slug, claimId: id })),
    orNotFound(getClaimTimeline({ actor, workspaceSlug: slug, claimId: id })),
  ]);
  return { actor, workspace, claim, state, versions: versions.verdicts, timeline: timeline.entries };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { workspace, claim } = await load(slug, id);
  return { title: `Review: ${claim.text.slice(0, 60)} · ${workspace.name}` };
}

/** A claim's review view: verdict, sign-off, versions (see components/reviews/review-view.tsx). */
export default async function ClaimReviewPage({ params }: Props) {
  const { slug, id } = await params;
  const { workspace, claim, state, versions, timeline } = await load(slug, id);
  return (
    <ReviewView
        workspaceSlug={slug}
        claim={claim}
        initialState={state}
        initialVersions={versions}
      initialTimeline={timeline}
        scale={workspace.ratingScale}
        canEdit={can(workspace.role, "content.edit")}
      />
  );
}
