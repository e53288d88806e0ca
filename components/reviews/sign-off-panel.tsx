import { formatInstant } from "@/components/ui/format";
import type { TReviewDto, TReviewStateDto } from "@/lib/domain/reviews/review-dto";
import { SIGN_OFF_PART_LABELS } from "@/lib/domain/reviews/sign-off-hash";

const short = (hash: string) => hash.slice(0, 10);

const KIND_TEXT: Record<TReviewDto["kind"], string> = { APPROVE: "approved", OVERRIDE: "approved by override", REQUEST_CHANGES: "requested changes on" };

/**
 * The sign-off state: the quorum and what is missing, each approval that stands (who, when, the
 * hash of what they signed), voided ones struck through with why, and change requests.
 */
export function SignOffPanel({ state }: { state: TReviewStateDto }) {
  const { validApprovals, requiredApprovals } = state;
  const pct = Math.min(100, Math.round((validApprovals / requiredApprovals) * 100));
  const collecting = state.status === "IN_REVIEW" || state.status === "APPROVED";
  const published = state.status === "PUBLISHED";
  const plural = requiredApprovals === 1 ? "" : "s";
  return (
    <div className="space-y-4" data-testid="sign-off-panel">
      <div>
        <p className="text-sm font-medium text-slate-900" data-testid="quorum">
          {collecting
            ? state.quorumText
            : published
              ? state.reviews.some((r) => r.kind === "OVERRIDE" && !r.voided) && validApprovals < requiredApprovals
                ? "Published · approved by owner override"
                : `Published · approved by ${validApprovals} of ${requiredApprovals}`
              : `Not in review · ${requiredApprovals} approval${plural} needed once submitted`}
        </p>
        <div
          className="mt-1.5 h-2 overflow-hidden rounded-full bg-slate-100"
          role="progressbar"
          aria-label="Approvals toward the quorum"
          aria-valuemin={0}
          aria-valuemax={requiredApprovals}
          aria-valuenow={Math.min(validApprovals, requiredApprovals)}
        >
          <div className="h-full rounded-full bg-teal-600" style={{ width: `${pct}%` }} />
        </div>
        <p className="mt-1 text-xs text-slate-600">The verdict’s author never counts, and each person counts once.</p>
      </div>
      {state.changedSinceVerdict.length > 0 && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="changed-since">
          Changed since this version was written: {state.changedSinceVerdict.map((p) => SIGN_OFF_PART_LABELS[p]).join(", ")}. Approvals sign the content as it is now.
        </p>
      )}
      {state.reviews.length === 0 ? (
        <p className="text-sm text-slate-600">No reviews yet.</p>
      ) : (
        <ul className="space-y-2" aria-label="Reviews">
          {state.reviews.map((r) => (
            <li
              key={r.id}
              data-testid="review-entry"
              data-kind={r.kind}
              data-voided={r.voided ? "true" : "false"}
              className={`rounded-md px-3 py-2 text-sm ring-1 ${r.voided ? "bg-slate-50 ring-slate-200" : r.kind === "REQUEST_CHANGES" ? "bg-rose-50 ring-rose-200" : r.kind === "OVERRIDE" ? "bg-amber-50 ring-amber-300" : "bg-teal-50 ring-teal-200"}`}
            >
              <p className={r.voided ? "text-slate-500 line-through" : "text-slate-900"}>
                <span className="font-medium">{r.reviewer?.name ?? "A former member"}</span> {KIND_TEXT[r.kind]} version {r.verdictVersion}
                <span className="text-slate-600"> · {formatInstant(r.createdAt)}</span>
              </p>
              {r.comment && <p className={`mt-1 whitespace-pre-line ${r.voided ? "text-slate-500" : "text-slate-800"}`}>“{r.comment}”</p>}
              {r.kind !== "REQUEST_CHANGES" && (
                <p className="mt-1 font-mono text-xs text-slate-500" title={`SHA-256 of what was signed: ${r.signOffHash}`}>
                  signed {short(r.signOffHash)}…
                </p>
              )}
              {r.voided && (
                <p className="mt-1 text-xs font-medium text-amber-900" data-testid="void-reason">
                  Voided {formatInstant(r.voided.at)}: {r.voided.reason}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
