import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ClaimsPanel } from "@/components/claims/claims-panel";
import { ClaimsProvider } from "@/components/claims/claims-provider";
import { SideColumn } from "@/components/claims/side-column";
import { DeleteDocumentSection } from "@/components/documents/delete-document-section";
import { ImportLeftOutNotice } from "@/components/documents/import-left-out-notice";
import { DocumentDetailsForm } from "@/components/editor/document-details-form";
import { DocumentEditorLoader } from "@/components/editor/document-editor-loader";
import { DocumentTextTabs } from "@/components/editor/document-text-tabs";
import { OriginalImportFacts, SourceLink } from "@/components/editor/document-facts";
import { formatCalendarDate } from "@/components/ui/format";
import { StaticEditorFrame } from "@/components/editor/static-document";
import { TextLockBar } from "@/components/editor/text-lock-bar";
import { Card } from "@/components/ui/card";
import { safePresenceColor } from "@/lib/editor/presence-colors";
import { deleteDocumentAction, saveDocumentDetailsAction, setTextLockAction } from "../actions";
import { unlockTextForCorrectionAction } from "../text-correction-actions";
import { loadDocument, loadDocumentClaims } from "../load-document";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ claim?: string | string[]; imported?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { document, workspace } = await loadDocument(slug, id);
  return { title: `${document.title} · ${workspace.name}` };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const { claim, imported } = await searchParams;
  const [{ document: doc, grant, actor }, { claims, assignees }] = await Promise.all([loadDocument(slug, id), loadDocumentClaims(slug, id)]);
  const byline = [doc.publisher, doc.author ? `by ${doc.author}` : null, doc.publishedAt ? formatCalendarDate(doc.publishedAt) : null].filter(Boolean);

  return (
    <div className="space-y-6">
      <div className="min-w-0">
        <nav aria-label="Breadcrumb" className="mb-2 text-sm">
          <Link href={`/w/${slug}/documents`} className="inline-flex items-center gap-1 font-medium text-slate-600 hover:text-slate-900 hover:underline">
            <span aria-hidden="true">←</span> All documents
          </Link>
        </nav>
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">{doc.title}</h1>
        {(byline.length > 0 || doc.sourceUrl) && (
          <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
            {byline.length > 0 && <span>{byline.join(" · ")}</span>}
            {byline.length > 0 && doc.sourceUrl && <span aria-hidden="true">·</span>}
            {doc.sourceUrl && (
              <span>
                Source: <SourceLink href={doc.sourceUrl}>{hostOf(doc.sourceUrl)}</SourceLink>
              </span>
            )}
          </p>
        )}
      </div>

      {/* ?imported=1 is set by the import form: the import's own notes, read from its stored original. */}
      {imported === "1" && doc.original && <ImportLeftOutNotice leftOut={doc.original.leftOut} dismissHref={`/w/${slug}/documents/${doc.id}`} />}

      <ClaimsProvider
        workspaceSlug={slug}
        documentId={doc.id}
        // A text lock makes the editor read-only, not the claims: they still go on through the claims API.
        canEdit={doc.canEdit && (!grant.readOnly || grant.textLocked)}
        currentUserId={actor.userId}
        members={assignees}
        initialClaims={claims}
        // ?claim={id}: links from the claims page land on the claim, scrolled to and selected.
        focusClaimId={typeof claim === "string" ? claim : null}
      >
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <section aria-label="Editor" className="min-w-0">
            <TextLockBar
              lock={doc.textLock}
              canEdit={doc.canEdit}
              action={setTextLockAction.bind(null, slug, doc.id)}
              correctionAction={unlockTextForCorrectionAction.bind(null, slug, doc.id)}
            />
            <DocumentTextTabs workspaceSlug={slug} documentId={doc.id}>
              <DocumentEditorLoader
                workspaceSlug={slug}
                documentId={doc.id}
                documentName={grant.documentName}
                socketPath={grant.url}
                readOnly={grant.readOnly}
                textLocked={grant.textLocked}
                // The collab server stamps this name and colour on our presence for everyone else; use the same.
                user={{ id: grant.user.id, name: grant.user.name, color: safePresenceColor(grant.user.color, grant.user.id) }}
                initialToken={grant}
                fallback={<StaticEditorFrame content={doc.content} readOnly={grant.readOnly} />}
              />
            </DocumentTextTabs>
          </section>

          <SideColumn label="Claims and details">
            {/* A Suspense boundary nothing suspends on: the server renders the column in place, but
                React hydrates it after the rest, so the editor's session and code start sooner. */}
            <Suspense>
              <ClaimsPanel />
              <Card title="Details" description={doc.canEdit ? "Shown on claims and verdicts from this article." : undefined}>
                {doc.canEdit ? (
                  <DocumentDetailsForm
                    action={saveDocumentDetailsAction.bind(null, slug, doc.id)}
                    details={{ title: doc.title, sourceUrl: doc.sourceUrl, publisher: doc.publisher, author: doc.author, publishedAt: doc.publishedAt }}
                  />
                ) : (
                  <dl className="space-y-3 text-sm">
                    {(
                      [
                        ["Publisher", doc.publisher],
                        ["Author", doc.author],
                        ["Published", doc.publishedAt ? formatCalendarDate(doc.publishedAt) : null],
                        ["Source", doc.sourceUrl ? <SourceLink key="src" href={doc.sourceUrl} /> : null],
                      ] as const
                    ).map(([label, value]) => (
                      <div key={label}>
                        <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
                        <dd className="mt-0.5 text-slate-800">{value ?? <span className="text-slate-500">Not recorded</span>}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </Card>
              {doc.original && (
                <Card title="Original import" description="Kept unchanged beside the text you edit.">
                  <OriginalImportFacts original={doc.original} importedBy={doc.importedBy?.name ?? null} />
                </Card>
              )}
              {doc.canDelete && <DeleteDocumentSection title={doc.title} claimCount={claims.length} action={deleteDocumentAction.bind(null, slug, doc.id)} />}
            </Suspense>
          </SideColumn>
        </div>
      </ClaimsProvider>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
