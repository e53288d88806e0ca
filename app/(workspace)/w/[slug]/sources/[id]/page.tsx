import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaptureState, SourceTypeBadge, usageText } from "@/components/sources/capture-state";
import { CaptureHistory } from "@/components/sources/captures";
import { CitationList } from "@/components/sources/citations";
import { DeleteSourceButton } from "@/components/sources/delete-source-button";
import { RefetchControl } from "@/components/sources/refetch-control";
import { SnapshotView } from "@/components/sources/snapshot-view";
import { SourceDetails } from "@/components/sources/source-details";
import { isWebAddress, sourcePageHref, sourcesHref } from "@/components/sources/source-view";
import { Alert } from "@/components/ui/alert";
import { formatBytes, formatInstant } from "@/components/ui/format";
import { SOURCE_TYPE_LABELS } from "@/lib/domain/evidence/source-type";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/roles";
import { isAppError } from "@/lib/errors";
import { getSnapshot } from "@/lib/server/snapshots/get-snapshot";
import { getSource } from "@/lib/server/sources/get-source";
import { loadWorkspace } from "../../load-workspace";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

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
  const source = await orNotFound(getSource({ actor, workspaceSlug: slug, sourceId: id }));
  return { actor, workspace, source };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { workspace, source } = await load(slug, id);
  return { title: `${source.title} · Sources · ${workspace.name}` };
}

const CARD = "rounded-lg bg-white shadow-sm ring-1 ring-slate-200";
const CARD_HEAD = "flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-100 px-5 py-3.5";

/**
 * A source's own page: what it is (editable by editors and above), its file or its captures with
 * Re-fetch, and every claim citing it. With ?snapshot={id}, that capture's text with the excerpts
 * highlighted instead.
 */
export default async function SourcePage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const sp = await searchParams;
  const { actor, workspace, source } = await load(slug, id);
  const canEdit = can(workspace.role, "content.edit");
  const snapshotParam = one(sp.snapshot);

  const breadcrumb = (href: string, label: string) => (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link href={href} className="inline-flex max-w-full items-center gap-1 font-medium text-slate-600 hover:text-slate-900 hover:underline">
        <span aria-hidden="true">←</span> <span className="truncate">{label}</span>
      </Link>
    </nav>
  );

  if (snapshotParam !== undefined) {
    if (!isUuid(snapshotParam)) notFound();
    const snapshot = await orNotFound(getSnapshot({ actor, workspaceSlug: slug, snapshotId: snapshotParam }));
    if (snapshot.sourceId !== source.id) notFound();
    const newestOk = source.snapshots.find((s) => s.status === "OK") ?? null;
    return (
      <>
        {breadcrumb(sourcePageHref(slug, source.id), source.title)}
        <div className="mb-6">
          <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">Captured copy</h1>
          <p className="mt-1 text-sm break-words text-slate-600">
            {source.title}, {snapshot.fetchedAt ? <>as fetched on {formatInstant(snapshot.fetchedAt)}</> : "capture requested"}
            {newestOk?.id === snapshot.id ? " (the newest capture)." : newestOk ? (
              <>
                {" "}
                — not the newest capture;{" "}
                <Link href={sourcePageHref(slug, source.id, newestOk.id)} className="font-medium text-brand-700 hover:underline">
                  see the newest
                </Link>
                .
              </>
            ) : (
              "."
            )}
          </p>
        </div>
        <SnapshotView slug={slug} snapshot={snapshot} citations={source.citations} />
      </>
    );
  }

  const latest = source.snapshots[0] ?? null;
  const newestOk = source.snapshots.find((s) => s.status === "OK") ?? null;
  const pending = source.snapshots.find((s) => s.status === "PENDING") ?? null;
  const fileHref = `/api/w/${encodeURIComponent(slug)}/sources/${encodeURIComponent(source.id)}/file`;
  const isImage = source.file?.mediaType.startsWith("image/") ?? false;

  return (
    <>
      {breadcrumb(sourcesHref(slug, {}), "All sources")}
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{source.title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-slate-600">
          <SourceTypeBadge label={SOURCE_TYPE_LABELS[source.type]} />
          {source.publisher && <span className="break-words">{source.publisher}</span>}
          <CaptureState source={source} />
          <span>{usageText(source.usage)}</span>
        </div>
        {source.kind !== "URL" && source.description && <p className="mt-2 max-w-3xl text-sm break-words whitespace-pre-line text-slate-700">{source.description}</p>}
        {source.url && (
          <p className="mt-2 text-sm break-all">
            {isWebAddress(source.url) ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 hover:underline">
                {source.url}
                <span className="sr-only"> (live page, opens in a new tab)</span>
              </a>
            ) : (
              source.url
            )}
          </p>
        )}
      </div>

      {one(sp.existing) === "1" && (
        <div className="mb-4">
          <Alert>This web address was already in the library, so nothing was added: this is its source.</Alert>
        </div>
      )}

      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <section aria-labelledby="citations-h" className={CARD}>
            <header className={CARD_HEAD}>
              <h2 id="citations-h" className="text-base font-semibold text-slate-900">
                Citing claims
              </h2>
              <span className="text-sm text-slate-500">{source.citationCount}</span>
            </header>
            {source.citations.length > 0 ? (
              <>
                <CitationList slug={slug} citations={source.citations} />
                {source.citationCount > source.citations.length && (
                  <p className="px-5 py-3 text-sm text-slate-600">
                    Showing the first {source.citations.length.toLocaleString("en")} of {source.citationCount.toLocaleString("en")} citations.
                  </p>
                )}
              </>
            ) : (
              <p className="px-5 py-4 text-sm text-slate-600">
                No claim cites this source yet. Attach it from the claim panel of a document: pick it from the library when adding evidence.
              </p>
            )}
          </section>

          {source.kind === "URL" && (
            <section aria-labelledby="captures-h" className={CARD}>
              <header className={CARD_HEAD}>
                <div>
                  <h2 id="captures-h" className="text-base font-semibold text-slate-900">
                    Captures
                  </h2>
                  <p className="mt-0.5 text-sm text-slate-500">Copies of the page as fetched, newest first.</p>
                </div>
                <RefetchControl slug={slug} sourceId={source.id} pendingSnapshotId={pending?.id ?? null} failed={latest?.status === "FAILED"} canRefetch={canEdit} />
              </header>
              {newestOk && (
                <div className="border-b border-slate-100 px-5 py-3">
                  <Link href={sourcePageHref(slug, source.id, newestOk.id)} className="text-sm font-medium text-brand-700 hover:underline">
                    {source.citations.some((c) => c.excerpt.trim()) ? "Read the newest capture with the excerpts highlighted" : "Read the newest capture"}
                  </Link>
                </div>
              )}
              {source.snapshots.length > 0 ? (
                <>
                  <CaptureHistory slug={slug} sourceId={source.id} snapshots={source.snapshots} linkedAbove={newestOk?.id ?? null} />
                  {source.snapshotCount > source.snapshots.length && (
                    <p className="px-5 py-3 text-sm text-slate-600">
                      Showing the newest {source.snapshots.length} of {source.snapshotCount.toLocaleString("en")} captures.
                    </p>
                  )}
                </>
              ) : (
                <p className="px-5 py-4 text-sm text-slate-600">Not captured yet.</p>
              )}
            </section>
          )}

          {source.file && (
            <section aria-labelledby="file-h" className={CARD}>
              <header className={CARD_HEAD}>
                <h2 id="file-h" className="text-base font-semibold text-slate-900">
                  File
                </h2>
                <a href={fileHref} download={source.file.name} className="text-sm font-medium text-brand-700 hover:underline">
                  Download<span className="sr-only"> {source.file.name}</span>
                </a>
              </header>
              <div className="space-y-3 px-5 py-4">
                <p className="text-sm break-all text-slate-700">
                  {source.file.name} · {source.file.mediaType} · {formatBytes(source.file.byteSize)}
                </p>
                {isImage && (
                  // eslint-disable-next-line @next/next/no-img-element -- served by our own route with nosniff; next/image would proxy it again
                  <img src={fileHref} alt={`The uploaded file ${source.file.name}`} className="max-h-[32rem] max-w-full rounded ring-1 ring-slate-200" />
                )}
              </div>
            </section>
          )}
        </div>

        <div className="min-w-0 space-y-4">
          <SourceDetails slug={slug} source={source} canEdit={canEdit} />
          {canEdit && source.usage.evidence === 0 && (
            <div className="flex justify-end">
              <DeleteSourceButton slug={slug} sourceId={source.id} title={source.title} />
            </div>
          )}
        </div>
      </div>
    </>
  );
}
