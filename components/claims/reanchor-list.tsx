"use client";

import { useId, useState } from "react";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { findQuote } from "@/lib/domain/anchoring/find-quote";
import { QuoteDiffersBadge } from "./claim-status-badge";
import { claimsApi } from "./claims-api";
import { useClaimsActions } from "./claims-provider";

/**
 * Claims whose text was deleted or rewritten beyond recognition. Nothing is dropped: each shows
 * its old quote; "Find it" proposes where the words are now (fuzzy, with the quote's context), the
 * person adjusts the selection in the text and re-attaches the claim there.
 */
export function ReanchorList({ claims }: { claims: TClaimDto[] }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="border-t border-amber-200 bg-amber-50/60 px-4 py-3" data-testid="reanchor-list">
      <h3 id={`${id}-title`} className="flex items-center gap-2 text-sm font-semibold text-amber-900">
        <svg viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
          <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1M3 3l14 14" strokeLinecap="round" />
        </svg>
        Needs re-anchoring ({claims.length})
      </h3>
      <p className="mt-1 text-xs text-amber-900">Their text was deleted or rewritten. Select the new wording in the document, then re-attach.</p>
      <ul className="mt-3 space-y-2">
        {claims.map((c) => (
          <ReanchorItem key={c.id} claim={c} />
        ))}
      </ul>
    </section>
  );
}

function ReanchorItem({ claim }: { claim: TClaimDto }) {
  const ctx = useClaimsActions()!;
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const find = () => {
    const text = ctx.liveText();
    if (text === null) return setMessage({ tone: "info", text: "The editor is still loading." });
    const match = findQuote(text, { exact: claim.quote.exact, prefix: claim.quote.prefix, suffix: claim.quote.suffix }, { start: claim.quote.start });
    if (!match || !ctx.selectRange(match.start, match.end)) {
      return setMessage({ tone: "info", text: "No similar text found. Select the claim's new wording in the document yourself." });
    }
    setMessage({ tone: "info", text: "Proposed match selected in the text. Adjust the selection if needed, then re-attach." });
  };

  const reattach = async () => {
    const range = ctx.selectionRange();
    if (!range) return setMessage({ tone: "error", text: "Select the claim's new wording in the document first." });
    setBusy(true);
    setMessage(null);
    const res = await claimsApi.reanchor(ctx.workspaceSlug, claim.id, range);
    setBusy(false);
    if (!res.ok) return setMessage({ tone: "error", text: res.message });
    ctx.upsert(res.value);
    ctx.setNotice({ tone: "info", message: "Claim re-attached to the text." });
  };

  return (
    <li id={`claim-item-${claim.id}`} className="scroll-mt-4 rounded-md bg-white p-3 shadow-sm ring-1 ring-amber-200" data-testid="reanchor-item" data-claim-id={claim.id}>
      <p className="flex flex-wrap items-center gap-2 text-xs font-medium text-slate-500">
        Old quote
        {claim.quoteInOriginal === false && <QuoteDiffersBadge />}
      </p>
      <blockquote className="mt-0.5 line-clamp-4 border-l-2 border-amber-400 pl-2 text-sm text-slate-800 italic">{claim.quote.exact}</blockquote>
      {claim.text.trim() !== claim.quote.exact.trim() && <p className="mt-1.5 line-clamp-2 text-xs text-slate-600">{claim.text}</p>}
      {ctx.canEdit && (
        <div className="mt-2.5 flex flex-wrap gap-2">
          <button type="button" onClick={find} className="rounded-md bg-white px-2.5 py-1 text-xs font-medium text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50">
            Find it
          </button>
          <button
            type="button"
            // Keep the editor's selection: the button must not take it away before we read it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={reattach}
            disabled={busy}
            className="rounded-md bg-amber-700 px-2.5 py-1 text-xs font-medium text-white hover:bg-amber-800 disabled:opacity-60"
          >
            {busy ? "Re-attaching…" : "Re-attach here"}
          </button>
        </div>
      )}
      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} className={`mt-2 text-xs ${message.tone === "error" ? "text-red-700" : "text-slate-700"}`}>
          {message.text}
        </p>
      )}
    </li>
  );
}
