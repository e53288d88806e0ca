import type { Metadata } from "next";
import { ReviewQueueList } from "@/components/reviews/review-queue-list";
import { PageHeader } from "@/components/workspaces/page-header";
import { can } from "@/lib/domain/roles";
import { listReviewQueue } from "@/lib/server/reviews/list-review-queue";
import { loadWorkspace } from "../load-workspace";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await loadWorkspace((await params).slug);
  return { title: `Review queue · ${workspace.name}` };
}

const CARD = "overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200";

function Section({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  return (
    <section className={CARD} aria-label={title}>
      <h2 className="flex items-center justify-between border-b border-slate-100 px-5 py-3.5 text-sm font-semibold text-slate-900">
        {title}
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{count}</span>
      </h2>
      {children}
    </section>
  );
}

/** What waits for me in this workspace: reviews to give, verdicts to revise, overdue claims; most urgent first. */
export default async function ReviewQueuePage({ params }: Props) {
  const { slug } = await params;
  const { actor, workspace } = await loadWorkspace(slug);
  const queue = await listReviewQueue({ actor, workspaceSlug: slug });
  const canReview = can(workspace.role, "verdict.review");
  return (
    <>
      <PageHeader title="Review queue" description="Verdicts waiting for your sign-off, verdicts sent back to you, and claims past their due date. Most urgent first." />
      <div className="space-y-5">
        <Section title="Waiting for my review" count={queue.waitingForMe.length}>
          <ReviewQueueList
            slug={slug}
            claims={queue.waitingForMe}
            testId="queue-waiting"
            empty={canReview ? "Nothing waits for your review." : "Your role does not review verdicts; reviewers, admins and owners do."}
          />
        </Section>
        <Section title="Sent back to me" count={queue.toRevise.length}>
          <ReviewQueueList slug={slug} claims={queue.toRevise} testId="queue-revise" empty="No verdict of yours has changes requested." />
        </Section>
        <Section title="Overdue" count={queue.overdue.length}>
          <ReviewQueueList slug={slug} claims={queue.overdue} testId="queue-overdue" empty="Nothing is overdue." />
        </Section>
      </div>
    </>
  );
}
