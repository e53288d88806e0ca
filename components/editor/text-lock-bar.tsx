"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import type { TTextLockDto } from "@/lib/domain/documents/text-lock-dto";
import type { TFormState } from "@/components/ui/form-state";
import { formatInstant } from "@/components/ui/format";

function LockIcon({ open = false }: { open?: boolean }) {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.7" aria-hidden="true">
      <rect x="4" y="9" width="12" height="8" rx="1.5" />
      <path d={open ? "M7 9V6a3 3 0 0 1 5.8-1" : "M7 9V6a3 3 0 0 1 6 0v3"} strokeLinecap="round" />
    </svg>
  );
}

/**
 * Above the editor: whether the article's text is locked, who locked it, and (for editors and
 * above) the Lock / Unlock button. The collab server enforces the lock; this only says so and asks.
 */
export function TextLockBar(props: {
  lock: TTextLockDto | null;
  canEdit: boolean;
  action: (locked: boolean) => Promise<TFormState>;
  /** Lifts the locks held by claims in review, voiding their approvals (needs a reason). */
  correctionAction: (reason: string) => Promise<TFormState>;
}) {
  const { lock, canEdit, action, correctionAction } = props;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const heldByReview = lock?.scope === "CLAIM_REVIEW";
  const run = (fn: () => Promise<TFormState>) => {
    setError(null);
    startTransition(async () => {
      const result = await fn();
      if (result && !result.ok) setError(result.error.message);
      else {
        setAsking(false);
        setReason("");
        router.refresh();
      }
    });
  };
  const set = (locked: boolean) => (heldByReview && !locked ? setAsking(true) : run(() => action(locked)));

  if (!lock && !canEdit) return null;
  return (
    <div
      data-testid="text-lock-bar"
      data-locked={lock ? "true" : "false"}
      className={`mb-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-lg px-4 py-2.5 text-sm ring-1 ring-inset ${lock ? "bg-slate-100 text-slate-800 ring-slate-300" : "bg-white text-slate-600 ring-slate-200"}`}
    >
      <p className="flex min-w-0 items-start gap-2">
        <span className="mt-0.5 shrink-0">
          <LockIcon open={!lock} />
        </span>
        {lock && heldByReview ? (
          <span>
            <strong className="font-semibold text-slate-900">Text locked for review</strong> since {formatInstant(lock.lockedAt)}: claims on it are in
            review or approved, so what reviewers sign off cannot change under them. Claims can still be marked.
          </span>
        ) : lock ? (
          <span>
            <strong className="font-semibold text-slate-900">Text locked</strong>
            {lock.lockedBy ? ` by ${lock.lockedBy.name}` : ""} on {formatInstant(lock.lockedAt)}. The article’s text is read-only; claims can still be marked.
          </span>
        ) : (
          <span>Import clean-up done? Lock the text so it stays as it is while the claims are checked.</span>
        )}
      </p>
      {canEdit && !asking && (
        <button type="button" className={buttonClass("secondary", "py-1.5")} disabled={pending} onClick={() => set(!lock)}>
          {pending ? (lock ? "Unlocking…" : "Locking…") : heldByReview ? "Unlock for a correction…" : lock ? "Unlock text" : "Lock text"}
        </button>
      )}
      {asking && (
        <form
          className="w-full space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => correctionAction(reason));
          }}
        >
          <label htmlFor="text-correction-reason" className="block font-medium text-slate-900">
            Why must the text change?
          </label>
          <p id="text-correction-hint" className="text-slate-600">
            Unlocking voids the approvals of the claims in review and takes them back to research; they are reviewed again once the text is right.
          </p>
          <textarea
            id="text-correction-reason"
            aria-describedby="text-correction-hint"
            required
            rows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 focus:border-slate-500 focus:outline-none focus:ring-2 focus:ring-slate-400"
          />
          <div className="flex gap-2">
            <button type="submit" className={buttonClass("danger", "py-1.5")} disabled={pending || reason.trim() === ""}>
              {pending ? "Unlocking…" : "Unlock and void approvals"}
            </button>
            <button type="button" className={buttonClass("secondary", "py-1.5")} disabled={pending} onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="w-full text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
