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
export function TextLockBar(props: { lock: TTextLockDto | null; canEdit: boolean; action: (locked: boolean) => Promise<TFormState> }) {
  const { lock, canEdit, action } = props;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const set = (locked: boolean) => {
    setError(null);
    startTransition(async () => {
      const result = await action(locked);
      if (result && !result.ok) setError(result.error.message);
      else router.refresh();
    });
  };

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
        {lock ? (
          <span>
            <strong className="font-semibold text-slate-900">Text locked</strong>
            {lock.lockedBy ? ` by ${lock.lockedBy.name}` : ""} on {formatInstant(lock.lockedAt)}. The article’s text is read-only; claims can still be marked.
          </span>
        ) : (
          <span>Import clean-up done? Lock the text so it stays as it is while the claims are checked.</span>
        )}
      </p>
      {canEdit && (
        <button type="button" className={buttonClass("secondary", "py-1.5")} disabled={pending} onClick={() => set(!lock)}>
          {pending ? (lock ? "Unlocking…" : "Locking…") : lock ? "Unlock text" : "Lock text"}
        </button>
      )}
      {error && (
        <p role="alert" className="w-full text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
