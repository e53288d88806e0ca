import type { Metadata } from "next";
import { ClaimFilters } from "@/components/claims/workspace/claim-filters";
import { ClaimTable } from "@/components/claims/workspace/claim-table";
import { claimsExportHref, claimsHref } from "@/components/claims/workspace/claims-href";
import { ExportCsvLink } from "@/components/claims/workspace/export-csv-link";
import { parseClaimView } from "@/components/claims/workspace/parse-view";
import { hasFilters, type TDocumentOption } from "@/components/claims/workspace/types";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader } from "@/components/workspaces/page-header";
import { can } from "@/lib/domain/roles";
import { countClaimsByStatus } from "@/lib/server/claims/count-claims-by-status";
import { listClaims } from "@/lib/server/claims/list-claims";
import { listClaimedDocuments } from "@/lib/server/claims/list-claimed-documents";
import { listMembers } from "@/lib/server/workspaces/list-members";
import { loadWorkspace } from "../load-workspace";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await loadWorkspace((await params).slug);
  return { title: `Claims · ${workspace.name}` };
}

const PAGE_SIZE = 25;

export default async function ClaimsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const view = parseClaimView(await searchParams);
  const { actor, workspace } = await loadWorkspace(slug);
  const canMark = can(workspace.role, "content.edit");

  const filters = {
    actor,
    workspaceSlug: slug,
    status: view.statuses.length ? view.statuses : undefined,
    assigneeId: view.assignee || undefined,
    documentId: view.documentId || undefined,
    detached: view.detached || undefined,
    evidence: view.noEvidence ? ("none" as const) : undefined,
    q: view.q || undefined,
  };
  const [list, counts, members, documents] = await Promise.all([
    listClaims({ ...filters, sort: view.sort, order: view.order, page: view.page, pageSize: PAGE_SIZE }),
    // Faceted: each chip's number follows the other filters.
    countClaimsByStatus(filters),
    listMembers({ actor, workspaceSlug: slug }),
    listClaimedDocuments({ actor, workspaceSlug: slug }),
  ]);
  const info = { page: list.page, pageSize: list.pageSize, total: list.total, pageCount: Math.max(1, Math.ceil(list.total / list.pageSize)) };
  const documentOptions: TDocumentOption[] = documents.map((d) => ({ id: d.id, title: d.title, claimCount: d.claimCount }));

  // Not counts.total: that follows the filters. A workspace has claims when some document has.
  const noClaimsAtAll = documents.length === 0;
  const exportLink = <ExportCsvLink href={claimsExportHref(slug, view)} filtered={hasFilters(view)} />;

  return (
    <>
      <PageHeader
        title="Claims"
        description="Every claim marked in this workspace’s documents, with where it stands and who is checking it."
        actions={noClaimsAtAll ? null : exportLink}
      />
      {noClaimsAtAll ? (
        <EmptyState level={2} title="No claims yet" action={<ButtonLink href={`/w/${slug}/documents`}>Go to documents</ButtonLink>}>
          {canMark ? (
            <>
              Open a document, select the sentence that makes a claim and choose <strong className="font-medium text-slate-700">Mark claim</strong> in the
              toolbar or the menu over the selection (or press <kbd className="rounded bg-slate-100 px-1 font-sans text-xs text-slate-700 ring-1 ring-slate-200">Ctrl Alt M</kbd>, on a Mac{" "}
              <kbd className="rounded bg-slate-100 px-1 font-sans text-xs text-slate-700 ring-1 ring-slate-200">⌘ ⌥ M</kbd>). Each claim you mark appears here, across all documents.
            </>
          ) : (
            "When editors and reviewers mark claims in this workspace’s documents, they appear here with where their checks stand."
          )}
        </EmptyState>
      ) : (
        <>
          <div className="mb-4">
            <ClaimFilters
              slug={slug}
              view={view}
              members={members.map((m) => ({ id: m.userId, name: m.name }))}
              documents={documentOptions}
              statusCounts={counts.byStatus}
              detachedCount={counts.detached}
              meId={actor.userId}
            />
          </div>
          {list.claims.length === 0 ? (
            hasFilters(view) ? (
              <EmptyState
                level={2}
                title="No claims match these filters"
                action={
                  <ButtonLink href={claimsHref(slug, { sort: view.sort, order: view.order })} variant="secondary">
                    Clear filters
                  </ButtonLink>
                }
              >
                {view.q ? `Nothing matches “${view.q}” with the filters chosen. ` : ""}Try fewer statuses, another assignee or document, or a shorter search.
              </EmptyState>
            ) : (
              <EmptyState level={2} title="Nothing on this page" action={<ButtonLink href={claimsHref(slug, { ...view, page: 1 })} variant="secondary">Go to the first page</ButtonLink>} />
            )
          ) : (
            <ClaimTable slug={slug} claims={list.claims} view={view} meId={actor.userId} />
          )}
          {list.claims.length > 0 && <Pagination info={info} noun={["claim", "claims"]} hrefFor={(page) => claimsHref(slug, { ...view, page })} />}
        </>
      )}
    </>
  );
}
