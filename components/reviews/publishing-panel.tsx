"use client";

import { useState } from "react";
import { apiCall } from "@/components/ui/api-call";
import { Button } from "@/components/ui/button";
import type { TReviewStateDto } from "@/lib/domain/reviews/review-dto";
import { ReasonDialog } from "./reason-dialog";

/**
 * The public side of a claim, for those who may publish: its public address (editable; once
 * published, the old address keeps redirecting), the link to the public page, and retraction
 * with a public note. Publishing itself is a workflow action beside the others.
 */
export function PublishingPanel({ state, claimId, onChanged }: { state: TReviewStateDto; claimId: string; onChanged: () => Promise<void> }) {
  const { publicAddress: a, publication } = state;
  const [slug, setSlug] = useState(a.slug ?? a.suggested);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [retracting, setRetracting] = useState(false);
  const [retractError, setRetractError] = useState<string | null>(null);
  const base = `/api/w/${encodeURIComponent(a.workspaceSlug)}/claims/${encodeURIComponent(claimId)}`;

  const saveSlug = async () => {
    setBusy(true);
    setMessage(null);
    const res = await apiCall<{ slug: string; path: string }>(`${base}/public-slug`, { method: "PUT", json: { slug } });
    setBusy(false);
    if (!res.ok) return setMessage({ tone: "error", text: res.message });
    setSlug(res.value.slug);
    setMessage({ tone: "ok", text: publication ? "Address changed; the old one redirects to it." : "Address saved; publishing will use it." });
    await onChanged();
  };

  const retract = async (note: string) => {
    setBusy(true);
    setRetractError(null);
    const res = await apiCall<{ version: number }>(`${base}/retract`, { method: "POST", json: { note } });
    setBusy(false);
    if (!res.ok) return setRetractError(res.message);
    setRetracting(false);
    setMessage({ tone: "ok", text: "Retracted: the public page now shows the retraction notice." });
    await onChanged();
  };

  return (
    <div className="space-y-3 border-t border-slate-100 pt-4" data-testid="publishing-panel">
      <form
        className="space-y-1.5"
        onSubmit={(e) => {
          e.preventDefault();
          void saveSlug();
        }}
      >
        <label htmlFor="public-slug" className="block text-sm font-medium text-slate-800">
          Public address
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-500">/p/{a.workspaceSlug}/</span>
          <input
            id="public-slug"
            value={slug}
            maxLength={80}
            onChange={(e) => setSlug(e.target.value)}
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900 focus:border-slate-500 focus:ring-2 focus:ring-slate-400 focus:outline-none"
          />
          <Button type="submit" variant="secondary" className="py-1" disabled={busy || slug === a.slug}>
            Save address
          </Button>
        </div>
      </form>
      {publication && (
        <p className="text-sm text-slate-700">
          <a href={publication.path} target="_blank" rel="noopener" className="font-medium text-brand-700 hover:underline" data-testid="open-public-page">
            Open the public page<span className="sr-only"> (opens in a new tab)</span> ↗
          </a>
          {publication.canRetract && (
            <>
              {" · "}
              <button type="button" className="font-medium text-red-700 hover:underline" onClick={() => setRetracting(true)} disabled={busy}>
                Retract…
              </button>
            </>
          )}
        </p>
      )}
      {message && (
        <p role={message.tone === "ok" ? "status" : "alert"} className={`text-sm ${message.tone === "ok" ? "text-emerald-800" : "text-red-700"}`}>
          {message.text}
        </p>
      )}
      <ReasonDialog
        open={retracting}
        title="Retract the published verdict"
        prompt="The public note: why can you no longer stand behind this fact check?"
        confirmLabel="Retract"
        danger
        busy={busy}
        error={retractError}
        onConfirm={(note) => void retract(note)}
        onCancel={() => {
          setRetracting(false);
          setRetractError(null);
        }}
      />
    </div>
  );
}
