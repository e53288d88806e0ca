import type { Metadata } from "next";
import { formatCalendarDate, formatInstant } from "@/components/ui/format";
import { RestoreDocumentButton } from "@/components/documents/restore-document-button";
import { ButtonLink } from "@/components/ui/button";
import { restoreDocumentAction } from "../../trash/actions";
import { readDocumentGoneNotice } from "./trash-notice";

export const metadata: Metadata = { title: "Document not found" };

/**
 * A document link that leads nowhere (served with status 404 by the (live) layout): if the
 * document is in the trash, who moved it there and when, with a restore for those who may.
 */
export default async function DocumentNotFound() {
  const notice = await readDocumentGoneNotice();
  const documentsHref = notice ? `/w/${notice.slug}/documents` : "/dashboard";
  const trashed = notice?.trashed;
  return (
    <div className="grid min-h-[50vh] place-items-center px-2 py-16">
      <div className="max-w-lg text-center">
        <p className="text-sm font-semibold text-brand-600">{trashed ? "In the trash" : "404"}</p>
        {trashed && notice ? (
          <>
            <h1 className="mt-2 text-2xl font-semibold tracking-tight text-balance text-slate-900">This document was moved to the trash</h1>
            <p className="mt-3 text-slate-700">
              <span className="font-medium text-slate-900">“{trashed.document.title}”</span> was moved to the trash by{" "}
              {trashed.document.trashedBy?.name ?? "a former member"} on {formatInstant(trashed.document.trashedAt)}
              {trashed.document.claimCount > 0 && <>, with {trashed.document.claimCount === 1 ? "its claim" : `its ${trashed.document.claimCount} claims`}</>}.
            </p>
            <p className="mt-2 text-sm text-slate-600">
              {trashed.canRestore
                ? `It can be restored until ${formatCalendarDate(trashed.document.purgeAt.slice(0, 10))}; then it is deleted for good.`
                : `An editor can restore it until ${formatCalendarDate(trashed.document.purgeAt.slice(0, 10))}; then it is deleted for good.`}
            </p>
            <div className="mt-8 flex flex-wrap justify-center gap-3">
              {trashed.canRestore && (
                <RestoreDocumentButton
                  title={trashed.document.title}
                  next={`/w/${notice.slug}/documents/${notice.documentId}`}
                  reload
                  action={restoreDocumentAction.bind(null, notice.slug, notice.documentId)}
                />
              )}
              <ButtonLink href={`/w/${notice.slug}/trash`} variant="secondary">
                Open the trash
              </ButtonLink>
              <ButtonLink href={documentsHref} variant="ghost">
                All documents
              </ButtonLink>
            </div>
          </>
        ) : (
          <>
            <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">We couldn’t find that document</h1>
            <p className="mt-3 text-slate-600">The link may be wrong, or the document was deleted for good.</p>
            <div className="mt-8 flex justify-center gap-3">
              <ButtonLink href={documentsHref}>{notice ? "All documents" : "Go to your workspaces"}</ButtonLink>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
