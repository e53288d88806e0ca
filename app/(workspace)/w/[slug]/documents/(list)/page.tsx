import type { Metadata } from "next";
import Link from "next/link";
import { DocumentFilter } from "@/components/documents/document-filter";
import { DocumentTable } from "@/components/documents/document-table";
import { listHref } from "@/components/documents/list-href";
import type { TListState } from "@/components/documents/types";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader } from "@/components/workspaces/page-header";
import { DOCUMENT_SORTS, type TDocumentSort } from "@/lib/domain/documents/document-dto";
import { can } from "@/lib/domain/roles";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { loadWorkspace } from "../../load-workspace";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await loadWorkspace((await params).slug);
  return { title: `Documents · ${workspace.name}` };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function DocumentsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const sp = await searchParams;
  const { actor, workspace } = await loadWorkspace(slug);
  const canImport = can(workspace.role, "content.edit");

  // Hand-edited URLs with nonsense values fall back to defaults instead of an error page.
  const sortParam = one(sp.sort);
  const sort = (DOCUMENT_SORTS as readonly string[]).includes(sortParam ?? "") ? (sortParam as TDocumentSort) : "lastActivityAt";
  const orderParam = one(sp.order);
  const order = orderParam === "asc" || orderParam === "desc" ? orderParam : undefined;
  const pageNum = Number(one(sp.page));
  const page = Number.isSafeInteger(pageNum) && pageNum >= 1 ? pageNum : 1;
  const q = (one(sp.q) ?? "").slice(0, 200);

  const list = await listDocuments({ actor, workspaceSlug: slug, q, sort, order, page, pageSize: 20 });
  const state: TListState = { q: list.q, sort: list.sort, order: list.order, page: list.page, pageCount: list.pageCount, total: list.total, pageSize: list.pageSize };
  const importButton = canImport ? <ButtonLink href={`/w/${slug}/documents/new`}>Import article</ButtonLink> : null;
  const emptyWorkspace = list.total === 0 && !q;

  return (
    <>
      <PageHeader
        title="Documents"
        description="Articles your team reads, annotates and checks together."
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {/* Always there: an emptied workspace may have its documents in the trash. */}
            <ButtonLink href={`/w/${slug}/trash`} variant="ghost">
              Trash
            </ButtonLink>
            {emptyWorkspace ? null : importButton}
          </div>
        }
      />
      {/* Set by the document page's delete action when it sends the person here. */}
      {one(sp.deleted) === "1" && (
        <div className="mb-4">
          <Alert tone="success">
            Document moved to the trash. Its claims no longer appear on the claims page or in exports.{" "}
            <Link href={`/w/${slug}/trash`} className="font-medium underline">
              Open the trash
            </Link>{" "}
            to restore it.
          </Alert>
        </div>
      )}
      {emptyWorkspace ? (
        <EmptyState
          level={2}
          title="No documents yet"
          action={importButton}
        >
          {canImport
            ? "Import an article to start checking it: paste its text, upload a .txt, .md, .html or .docx file, or give its web address."
            : "When editors in this workspace import articles, they appear here for you to read."}
        </EmptyState>
      ) : (
        <>
          <div className="mb-4">
            <DocumentFilter slug={slug} state={state} />
          </div>
          {list.documents.length === 0 ? (
            <EmptyState level={2} title={q ? `No documents match “${q}”` : "Nothing on this page"}>
              {q ? "Try a shorter or different part of the title." : "Go back to the first page."}
            </EmptyState>
          ) : (
            <DocumentTable slug={slug} documents={list.documents} state={state} />
          )}
          <Pagination info={state} noun={["document", "documents"]} hrefFor={(page) => listHref(slug, { ...state, page })} />
        </>
      )}
    </>
  );
}
