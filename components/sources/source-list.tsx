import Link from "next/link";
import { absoluteTime, relativeTime } from "@/components/ui/format";
import type { TSourceDto } from "@/lib/domain/evidence/source-dto";
import { SOURCE_TYPE_LABELS } from "@/lib/domain/evidence/source-type";
import { CaptureState, SourceTypeBadge, usageText } from "./capture-state";
import { domainOf, sourcePageHref } from "./source-view";

/**
 * The library, one row per source: what it is and where it comes from on the left, how much the
 * workspace leans on it and whether its copy is safe on the right. One list for every screen
 * width (the right column drops under the title on phones), so each source is met once.
 */
export function SourceList({ slug, sources }: { slug: string; sources: TSourceDto[] }) {
  return (
    <ul aria-label="Sources on this page" className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" data-testid="source-list">
      {sources.map((s) => (
        <li key={s.id} className="group flex flex-col gap-2 px-4 py-3.5 hover:bg-slate-50 sm:flex-row sm:items-start sm:gap-6 sm:px-5" data-testid="source-row" data-source-id={s.id}>
          <div className="min-w-0 flex-1">
            <Link href={sourcePageHref(slug, s.id)} className="font-medium break-words text-slate-900 group-hover:text-brand-700 hover:underline">
              {s.title}
            </Link>
            <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
              <SourceTypeBadge label={SOURCE_TYPE_LABELS[s.type]} />
              {s.publisher && (
                <span className="break-words">
                  <span className="sr-only">Publisher: </span>
                  {s.publisher}
                </span>
              )}
              {s.url && (
                <>
                  {s.publisher && <span aria-hidden="true" className="text-slate-300">·</span>}
                  <span className="max-w-full truncate" title={s.url}>
                    <span className="sr-only">Web address on </span>
                    {domainOf(s.url)}
                  </span>
                </>
              )}
              {!s.url && s.file && (
                <>
                  {s.publisher && <span aria-hidden="true" className="text-slate-300">·</span>}
                  <span className="max-w-full truncate" title={s.file.name}>
                    {s.file.name}
                  </span>
                </>
              )}
            </div>
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1.5 text-xs sm:w-64 sm:flex-col sm:items-end sm:text-right">
            <span className={s.usage.claims > 0 ? "font-medium text-slate-800" : "text-slate-500"} data-testid="source-usage">
              {usageText(s.usage)}
            </span>
            <CaptureState source={s} />
            <span className="text-slate-500">
              Added{" "}
              <time dateTime={s.createdAt} title={absoluteTime(s.createdAt)}>
                {relativeTime(s.createdAt)}
              </time>
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
