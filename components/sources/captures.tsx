import Link from "next/link";
import { absoluteTime, formatBytes, formatInstant } from "@/components/ui/format";
import type { TSnapshotDto } from "@/lib/domain/evidence/snapshot-dto";
import { isWebAddress, sourcePageHref } from "./source-view";

const PILL = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset";

export function SnapshotStatusBadge({ status }: { status: TSnapshotDto["status"] }) {
  if (status === "OK") return <span className={`${PILL} bg-emerald-50 text-emerald-800 ring-emerald-200`}>Captured</span>;
  if (status === "FAILED") return <span className={`${PILL} bg-red-50 text-red-800 ring-red-200`}>Failed</span>;
  return <span className={`${PILL} bg-sky-50 text-sky-800 ring-sky-200`}>Pending</span>;
}

function changedText(s: TSnapshotDto): string | null {
  if (s.status !== "OK") return null;
  if (s.changed === null) return "First capture";
  return s.changed ? "Content changed since the previous capture" : "Same content as the previous capture";
}

/** Every capture of a URL source, newest first: what was fetched, when, and what came back. */
export function CaptureHistory({
  slug,
  sourceId,
  snapshots,
  linkedAbove,
}: {
  slug: string;
  sourceId: string;
  snapshots: TSnapshotDto[];
  /** The capture the page already links to above the list; its row does not repeat the link. */
  linkedAbove?: string | null;
}) {
  return (
    <ol className="divide-y divide-slate-100" aria-label="Captures, newest first" data-testid="capture-history">
      {snapshots.map((s) => {
        const changed = changedText(s);
        return (
          <li key={s.id} className="px-5 py-3.5" data-testid="capture" data-status={s.status}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <SnapshotStatusBadge status={s.status} />
              <span className="text-sm text-slate-800">
                {s.fetchedAt ? (
                  <time dateTime={s.fetchedAt}>{formatInstant(s.fetchedAt)}</time>
                ) : (
                  <>
                    Requested <time dateTime={s.createdAt} title={absoluteTime(s.createdAt)}>{formatInstant(s.createdAt)}</time>
                  </>
                )}
              </span>
              {s.httpStatus !== null && <span className="text-xs text-slate-600">HTTP {s.httpStatus}</span>}
              {s.status === "OK" && s.id !== linkedAbove && (
                <Link href={sourcePageHref(slug, sourceId, s.id)} className="ml-auto text-sm font-medium text-brand-700 hover:underline">
                  View captured text
                </Link>
              )}
            </div>
            {s.status === "FAILED" && s.error && (
              <p className="mt-1.5 text-sm text-red-800">
                <span className="font-medium">Why: </span>
                {s.error}
              </p>
            )}
            <dl className="mt-1.5 space-y-0.5 text-xs text-slate-600">
              {changed && (
                <div>
                  <dt className="sr-only">Changed</dt>
                  <dd className={s.changed ? "font-medium text-amber-800" : undefined}>{changed}</dd>
                </div>
              )}
              {s.finalUrl && s.finalUrl !== s.requestedUrl && (
                <div className="flex gap-1">
                  <dt className="shrink-0">Redirected to</dt>
                  <dd className="min-w-0 break-all">{s.finalUrl}</dd>
                </div>
              )}
              {(s.contentType || s.byteSize !== null) && (
                <div className="flex gap-1">
                  <dt className="sr-only">Content</dt>
                  <dd>{[s.contentType?.split(";")[0], s.byteSize !== null ? formatBytes(s.byteSize) : null].filter(Boolean).join(" · ")}</dd>
                </div>
              )}
              {isWebAddress(s.archiveUrl) && (
                <div>
                  <dt className="sr-only">Wayback Machine</dt>
                  <dd>
                    <a href={s.archiveUrl} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-700 hover:underline">
                      Wayback Machine copy<span className="sr-only"> (opens in a new tab)</span>
                    </a>
                  </dd>
                </div>
              )}
              {s.requestedBy && (
                <div>
                  <dt className="sr-only">Requested by</dt>
                  <dd>Requested by {s.requestedBy.name}</dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
