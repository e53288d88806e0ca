"use client";

import { useState, useTransition } from "react";
import type { TFormState } from "@/components/ui/form-state";
import { useClaimsState } from "@/components/claims/claims-provider";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TClaimStatus } from "@/lib/domain/claims/claim-status";
import { CLAIM_STATUS_LABELS } from "@/lib/domain/claims/claim-status";

// A quiet red outline: the red filled button is kept for the confirmation itself.
const OUTLINE_DANGER =
  "mt-3 inline-flex w-full items-center justify-center rounded-md bg-white px-3.5 py-2 text-sm font-medium text-red-700 ring-1 ring-inset ring-red-300 transition-colors hover:bg-red-50";

// The server's "Document not found." reads oddly on the document's own page.
const GONE = "This document is already gone: someone else may have moved it to the trash.";

const IN_REVIEW: readonly TClaimStatus[] = ["IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"];

/**
 * The document page's "danger zone": moving the document to the trash, behind a confirmation that
 * names it and says what happens to its claims. `action` is the bound server action; on success it
 * redirects to the documents list, so only a refusal comes back here (shown in the dialog).
 */
export function DeleteDocumentSection({ title, claimCount, action }: { title: string; claimCount: number; action: (confirmClaimsInReview: boolean) => Promise<TFormState> }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // The server named claims in review this dialog did not know about: the next click confirms them.
  const [confirmedByServer, setConfirmedByServer] = useState(false);
  // Live when on the document page (colleagues may mark claims while it is open), else the page's count.
  const claims = useClaimsState()?.claims;
  const count = claims?.length ?? claimCount;
  const inReview = (claims ?? []).filter((c) => IN_REVIEW.includes(c.status));

  const confirm = () => {
    setError(null);
    startTransition(async () => {
      const result = await action(inReview.length > 0 || confirmedByServer);
      if (result && !result.ok) {
        if (result.error.code === "CONFLICT") setConfirmedByServer(true);
        setError(result.error.code === "NOT_FOUND" ? GONE : result.error.message);
      }
    });
  };

  return (
    <section aria-labelledby="delete-document-heading" className="rounded-lg bg-white px-5 py-4 shadow-sm ring-1 ring-red-200">
      <h2 id="delete-document-heading" className="text-base font-semibold text-slate-900">
        Delete document
      </h2>
      <p className="mt-0.5 text-sm text-slate-500">Moves it to the trash for everyone, with its claims. It can be restored for 30 days.</p>
      <button type="button" className={OUTLINE_DANGER} onClick={() => setOpen(true)}>
        Move to trash…
      </button>
      <ConfirmDialog
        open={open}
        title="Move this document to the trash?"
        confirmLabel="Move to trash"
        danger
        busy={pending}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          if (pending) return;
          setOpen(false);
          setError(null);
        }}
      >
        <p className="font-medium text-slate-900">“{title}”</p>
        <p>
          It disappears from the documents list for everyone in this workspace
          {count > 0 ? (
            <>
              , and its {count === 1 ? "claim" : `${count} claims`} from the claims page and from exports (CSV and annotations).
            </>
          ) : (
            "."
          )}
        </p>
        {inReview.length > 0 && (
          <div className="rounded-md bg-amber-50 px-3 py-2 text-amber-900 ring-1 ring-amber-200" data-testid="claims-in-review">
            <p className="font-medium">{inReview.length === 1 ? "A claim on it is in review:" : `${inReview.length} claims on it are in review:`}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {inReview.map((c) => (
                <li key={c.id}>
                  “{c.quote.exact.length > 80 ? `${c.quote.exact.slice(0, 77)}…` : c.quote.exact}” ({CLAIM_STATUS_LABELS[c.status].toLowerCase()})
                </li>
              ))}
            </ul>
            <p className="mt-1">Their reviews go to the trash with the document.</p>
          </div>
        )}
        <p>Editors can restore it from the workspace&apos;s trash for 30 days; then it is deleted for good. The audit log records who moved it.</p>
      </ConfirmDialog>
    </section>
  );
}
