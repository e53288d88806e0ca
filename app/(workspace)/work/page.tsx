import type { Metadata } from "next";
import Link from "next/link";
import { ReviewQueueList } from "@/components/reviews/review-queue-list";
import { formatInstant } from "@/components/ui/format";
import { PageHeader } from "@/components/workspaces/page-header";
import { requirePageActor } from "@/lib/server/auth/get-actor";
import { getMyWork } from "@/lib/server/work/get-my-work";

export const metadata: Metadata = { title: "My work" };

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

/** What is mine across all my workspaces: reviews waiting for me, claims assigned to me (overdue first), open mentions. */
export default async function MyWorkPage() {
  const actor = await requirePageActor("/work");
  const work = await getMyWork({ actor });
  return (
    <>
      <PageHeader
        title="My work"
        description={`Across your workspaces: ${work.counts.reviews} waiting for your review, ${work.counts.assigned} assigned to you${work.counts.overdue ? ` (${work.counts.overdue} overdue)` : ""}, ${work.counts.mentions} open mention${work.counts.mentions === 1 ? "" : "s"}.`}
      />
      <div className="space-y-5">
        <Section title="Waiting for my review" count={work.reviews.length}>
          <ReviewQueueList claims={work.reviews} testId="work-reviews" empty="Nothing waits for your review." />
        </Section>
        <Section title="Assigned to me" count={work.assigned.length}>
          <ReviewQueueList claims={work.assigned} testId="work-assigned" empty="No claim is assigned to you." />
        </Section>
        <Section title="Mentions" count={work.mentions.length}>
          {work.mentions.length === 0 ? (
            <p className="px-5 py-4 text-sm text-slate-600">No open thread mentions you.</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="work-mentions">
              {work.mentions.map((m) => (
                <li key={m.commentId}>
                  <Link href={`/w/${m.workspace.slug}/claims/${m.claimId}`} className="block px-5 py-3.5 hover:bg-slate-50">
                    <p className="text-sm text-slate-900">
                      <span className="font-medium">{m.author ?? "A former member"}</span>: {m.excerpt}
                    </p>
                    <p className="mt-0.5 truncate text-xs text-slate-600">
                      {m.workspace.name} · {m.claimText} · {formatInstant(m.at)}
                    </p>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
