import type { Metadata } from "next";
import { AddSourceButton } from "@/components/sources/add-source-dialog";
import { SourceFilters } from "@/components/sources/source-filters";
import { SourceList } from "@/components/sources/source-list";
import { hasSourceFilters, parseSourceView, sourcesHref } from "@/components/sources/source-view";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader } from "@/components/workspaces/page-header";
import { SOURCE_TYPE_LABELS } from "@/lib/domain/evidence/source-type";
import { can } from "@/lib/domain/roles";
import { listSources } from "@/lib/server/sources/list-sources";
import { loadWorkspace } from "../load-workspace";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await loadWorkspace((await params).slug);
  return { title: `Sources · ${workspace.name}` };
}

const PAGE_SIZE = 25;

/** The workspace's source library: what the team cites, where each source is used and whether its copy is kept. */
export default async function SourcesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const view = parseSourceView(await searchParams);
  const { actor, workspace } = await loadWorkspace(slug);
  const canAdd = can(workspace.role, "content.edit");

  const list = await listSources({ actor, workspaceSlug: slug, q: view.q || undefined, type: view.type || undefined, sort: view.sort, page: view.page, pageSize: PAGE_SIZE });
  const filtered = hasSourceFilters(view);
  const emptyLibrary = list.total === 0 && !filtered;
  const info = { page: list.page, pageSize: list.pageSize, total: list.total, pageCount: Math.max(1, Math.ceil(list.total / list.pageSize)) };

  return (
    <>
      <PageHeader
        title="Sources"
        description="The workspace’s library of sources: web pages, files and sources without a web address that the team cites as evidence."
        actions={canAdd && !emptyLibrary ? <AddSourceButton slug={slug} /> : null}
      />
      {emptyLibrary ? (
        <EmptyState level={2} title="No sources yet" action={canAdd ? <AddSourceButton slug={slug} /> : null}>
          <p>
            A source is what a claim is checked against: an official record, a statement, a news report, a study, a dataset, a post or an interview. Each is kept once
            here, however many claims cite it, and for web pages the team keeps a copy of the text as it was read.
          </p>
          <p className="mt-2">
            {canAdd
              ? "Add one here, or attach evidence to a claim from the claim panel of a document: its source joins the library."
              : "When editors and reviewers attach evidence to claims, its sources appear here."}
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="mb-4">
            <SourceFilters slug={slug} view={view} />
          </div>
          {list.sources.length === 0 ? (
            filtered ? (
              <EmptyState
                level={2}
                title="No sources match"
                action={
                  <ButtonLink href={sourcesHref(slug, { sort: view.sort })} variant="secondary">
                    Clear filters
                  </ButtonLink>
                }
              >
                {view.q ? `Nothing matches “${view.q}”` : "Nothing here"}
                {view.type ? ` among sources of type ${SOURCE_TYPE_LABELS[view.type].toLowerCase()}` : ""}. Try another type or a shorter search.
              </EmptyState>
            ) : (
              <EmptyState level={2} title="Nothing on this page" action={<ButtonLink href={sourcesHref(slug, { ...view, page: 1 })} variant="secondary">Go to the first page</ButtonLink>} />
            )
          ) : (
            <SourceList slug={slug} sources={list.sources} />
          )}
          {list.sources.length > 0 && <Pagination info={info} noun={["source", "sources"]} hrefFor={(page) => sourcesHref(slug, { ...view, page })} />}
        </>
      )}
    </>
  );
}
