import type { Metadata } from "next";
import Link from "next/link";
import { ClaimStatusSummary } from "@/components/claims/workspace/claim-status-summary";
import { MyClaimsCard } from "@/components/claims/workspace/my-claims-card";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ActivityList } from "@/components/workspaces/activity-list";
import { PageHeader } from "@/components/workspaces/page-header";
import { RoleBadge } from "@/components/ui/role-badge";
import { OPEN_CLAIM_STATUSES, todayUtc } from "@/lib/domain/claims/due-state";
import { can, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/roles";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { countClaimsByStatus } from "@/lib/server/claims/count-claims-by-status";
import { listClaims } from "@/lib/server/claims/list-claims";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { listMembers } from "@/lib/server/workspaces/list-members";
import { loadWorkspace } from "./load-workspace";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await loadWorkspace((await params).slug);
  return { title: workspace.name };
}

function Stat({ label, value, href, hint }: { label: string; value: React.ReactNode; href?: string; hint?: string }) {
  const body = (
    <>
      <p className="text-sm text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{value}</p>
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </>
  );
  const cls = "block h-full rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200";
  return href ? (
    <Link href={href} className={`${cls} hover:ring-brand-500`}>
      {body}
    </Link>
  ) : (
    <div className={cls}>{body}</div>
  );
}

export default async function WorkspaceOverviewPage({ params }: Props) {
  const { slug } = await params;
  const { actor, workspace } = await loadWorkspace(slug);
  const seesAudit = can(workspace.role, "workspace.settings");
  // Owners and admins see what changed; everyone else sees who is on the team.
  const [mine, activity, members, documents, claimCounts] = await Promise.all([
    listClaims({ actor, workspaceSlug: slug, assigneeId: "me", status: [...OPEN_CLAIM_STATUSES], sort: "dueDate", order: "asc", pageSize: 5 }),
    seesAudit ? listAuditEvents({ actor, workspaceSlug: slug, limit: 8 }) : null,
    seesAudit ? null : listMembers({ actor, workspaceSlug: slug }),
    listDocuments({ actor, workspaceSlug: slug, pageSize: 5 }),
    countClaimsByStatus({ actor, workspaceSlug: slug }),
  ]);

  return (
    <>
      <PageHeader
        title={workspace.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>/w/{workspace.slug}</span>
            <span aria-hidden>·</span>
            <span>You are</span> <RoleBadge role={workspace.role} />
          </span>
        }
      />
      <div className="mb-6">
        <MyClaimsCard slug={slug} claims={mine.claims} total={mine.total} today={todayUtc()} />
      </div>
      <ul className="mb-8 grid gap-4 sm:grid-cols-3">
        <li><Stat label="Members" value={workspace.memberCount} href={`/w/${slug}/members`} hint={can(workspace.role, "members.manage") ? "See who is here and invite more" : "See who is here"} /></li>
        <li><Stat label="Approvals per verdict" value={workspace.requiredApprovals} href={`/w/${slug}/settings`} hint="Reviewers other than the author" /></li>
        <li><Stat label="Your role" value={ROLE_LABELS[workspace.role]} hint={ROLE_DESCRIPTIONS[workspace.role]} /></li>
      </ul>
      <div className="mb-6">
        <ClaimStatusSummary slug={slug} counts={claimCounts} canMark={can(workspace.role, "content.edit")} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card
          title="Recent documents"
          description="Articles your team reads, annotates and checks together."
          actions={
            can(workspace.role, "content.edit") ? (
              <ButtonLink href={`/w/${slug}/documents/new`} variant="secondary" className="shrink-0 whitespace-nowrap">
                Import article
              </ButtonLink>
            ) : null
          }
        >
          {documents.total === 0 ? (
            <EmptyState title="No documents yet">
              {can(workspace.role, "content.edit")
                ? "Import an article to start checking it together."
                : "When editors import articles, they appear here."}
            </EmptyState>
          ) : (
            <>
              <ul className="divide-y divide-slate-100">
                {documents.documents.map((d) => (
                  <li key={d.id} className="py-2.5 text-sm">
                    <Link href={`/w/${slug}/documents/${d.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                      {d.title}
                    </Link>
                    {d.source && <p className="truncate text-xs text-slate-500">{d.source}</p>}
                  </li>
                ))}
              </ul>
              <p className="mt-3 text-sm">
                <Link href={`/w/${slug}/documents`} className="font-medium text-brand-700 hover:underline">
                  All {documents.total} documents
                </Link>
              </p>
            </>
          )}
        </Card>
        {activity ? (
          <Card title="Recent activity" description="Changes to members, invitations and settings.">
            {activity.events.length === 0 ? (
              <p className="text-sm text-slate-600">Nothing has happened here yet.</p>
            ) : (
              <>
                <ActivityList events={activity.events} />
                <p className="mt-3 text-sm">
                  <Link href={`/w/${slug}/settings#audit-log`} className="font-medium text-brand-700 hover:underline">
                    Full audit log
                  </Link>
                </p>
              </>
            )}
          </Card>
        ) : (
          <Card title="Team" description="The people you work with here.">
            <ul className="divide-y divide-slate-100">
              {(members ?? []).slice(0, 8).map((m) => (
                <li key={m.userId} className="flex items-center justify-between gap-3 py-2.5 text-sm">
                  <span className="min-w-0 truncate text-slate-900">
                    {m.name}
                    {m.userId === actor.userId && <span className="ml-1 text-xs text-slate-500">(you)</span>}
                  </span>
                  <RoleBadge role={m.role} />
                </li>
              ))}
            </ul>
            <p className="mt-3 text-sm">
              <Link href={`/w/${slug}/members`} className="font-medium text-brand-700 hover:underline">
                All members
              </Link>
            </p>
          </Card>
        )}
      </div>
    </>
  );
}
