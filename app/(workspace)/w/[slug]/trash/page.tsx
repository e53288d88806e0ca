import type { Metadata } from "next";
import Link from "next/link";
import { RestoreDocumentButton } from "@/components/documents/restore-document-button";
import { formatCalendarDate, formatInstant } from "@/components/ui/format";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/workspaces/page-header";
import { TRASH_RETENTION_DAYS } from "@/lib/domain/documents/trash";
import { isUuid } from "@/lib/domain/ids";
import { listTrashedDocuments } from "@/lib/server/documents/list-trashed-documents";
import { loadWorkspace } from "../load-workspace";
import { restoreDocumentAction } from "./actions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ restored?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace } = await loadWorkspace((await params).slug);
  return { title: `Trash · ${workspace.name}` };
}

/** Documents moved to the trash in the last 30 days: who moved each and when, and a restore for editors and above. */
export default async function TrashPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { restored } = await searchParams;
  const { actor } = await loadWorkspace(slug);
  const { documents, canRestore } = await listTrashedDocuments({ actor, workspaceSlug: slug });

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/w/${slug}/documents`} className="inline-flex items-center gap-1 font-medium text-slate-600 hover:text-slate-900 hover:underline">
          <span aria-hidden="true">←</span> All documents
        </Link>
      </nav>
      <PageHeader
        title="Trash"
        description={`Deleted documents stay here, with their claims, for ${TRASH_RETENTION_DAYS} days${canRestore ? " and can be restored" : ""}; then they are deleted for good.`}
      />
      {/* Set by a restore on this page; the id only builds a link, so a made-up one is harmless. */}
      {typeof restored === "string" && isUuid(restored) && (
        <div className="mb-4">
          <Alert tone="success">
            Document restored, with its claims.{" "}
            <Link href={`/w/${slug}/documents/${restored}`} className="font-medium underline">
              Open it
            </Link>
          </Alert>
        </div>
      )}
      {documents.length === 0 ? (
        <EmptyState level={2} title="The trash is empty">
          Documents deleted in the last {TRASH_RETENTION_DAYS} days would be listed here.
        </EmptyState>
      ) : (
        <ul aria-label="Deleted documents" className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4 sm:px-5">
              <div className="min-w-0 flex-1 basis-64">
                <h2 className="text-sm font-semibold break-words text-slate-900">{d.title}</h2>
                <p className="mt-1 text-sm text-slate-600">
                  Moved to the trash by {d.trashedBy?.name ?? "a former member"} on {formatInstant(d.trashedAt)}
                  {d.claimCount > 0 && <> · {d.claimCount === 1 ? "1 claim" : `${d.claimCount} claims`}</>}
                </p>
                <p className="mt-0.5 text-xs text-slate-500">Deleted for good on {formatCalendarDate(d.purgeAt.slice(0, 10))}</p>
              </div>
              {canRestore && (
                <RestoreDocumentButton title={d.title} next={`/w/${slug}/trash?restored=${d.id}`} action={restoreDocumentAction.bind(null, slug, d.id)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
