import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export type TPageInfo = { page: number; pageCount: number; pageSize: number; total: number };

/**
 * "Showing a–b of n things" with Previous/Next links, for lists whose page lives in the URL.
 * `hrefFor(page)` builds the link with the list's other search params kept.
 */
export function Pagination({ info, noun, hrefFor }: { info: TPageInfo; noun: [singular: string, plural: string]; hrefFor: (page: number) => string }) {
  const first = info.total === 0 ? 0 : (info.page - 1) * info.pageSize + 1;
  const last = Math.min(info.total, info.page * info.pageSize);
  const disabled = "pointer-events-none opacity-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        Showing <span className="font-medium text-slate-900">{first}</span>–<span className="font-medium text-slate-900">{last}</span> of{" "}
        <span className="font-medium text-slate-900">{info.total}</span> {info.total === 1 ? noun[0] : noun[1]}
      </p>
      {info.pageCount > 1 && (
        <div className="flex items-center gap-2">
          {info.page > 1 ? (
            <Link href={hrefFor(info.page - 1)} className={buttonClass("secondary")} rel="prev">
              Previous
            </Link>
          ) : (
            <span className={`${buttonClass("secondary")} ${disabled}`} aria-disabled="true">
              Previous
            </span>
          )}
          <span aria-current="page">
            Page {info.page} of {info.pageCount}
          </span>
          {info.page < info.pageCount ? (
            <Link href={hrefFor(info.page + 1)} className={buttonClass("secondary")} rel="next">
              Next
            </Link>
          ) : (
            <span className={`${buttonClass("secondary")} ${disabled}`} aria-disabled="true">
              Next
            </span>
          )}
        </div>
      )}
    </nav>
  );
}
