import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { claimsHref } from "./claims-href";
import type { TClaimPageInfo, TClaimView } from "./types";

export function ClaimPagination({ slug, view, info }: { slug: string; view: TClaimView; info: TClaimPageInfo }) {
  const first = info.total === 0 ? 0 : (info.page - 1) * info.pageSize + 1;
  const last = Math.min(info.total, info.page * info.pageSize);
  const disabled = "pointer-events-none opacity-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        Showing <span className="font-medium text-slate-900">{first}</span>–<span className="font-medium text-slate-900">{last}</span> of{" "}
        <span className="font-medium text-slate-900">{info.total}</span> {info.total === 1 ? "claim" : "claims"}
      </p>
      {info.pageCount > 1 && (
        <div className="flex items-center gap-2">
          {info.page > 1 ? (
            <Link href={claimsHref(slug, { ...view, page: info.page - 1 })} className={buttonClass("secondary")} rel="prev">
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
            <Link href={claimsHref(slug, { ...view, page: info.page + 1 })} className={buttonClass("secondary")} rel="next">
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
