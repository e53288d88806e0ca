"use client";

import Link from "next/link";
import { useState } from "react";
import { formatInstant } from "@/components/ui/format";
import type { TSourceSummary } from "@/lib/domain/evidence/source-dto";
import { evidenceApi, sourceHref } from "./evidence-api";

/**
 * Where the archived copy of a URL source stands: being captured, captured (with a link to the
 * capture), or failed with the reason and a Retry. Sources without a URL have no capture.
 */
export function SnapshotState({ slug, source, canEdit, onChanged }: { slug: string; source: TSourceSummary; canEdit: boolean; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const snap = source.latestSnapshot;
  if (source.kind !== "URL") return null;

  const retry = async () => {
    setBusy(true);
    setError(null);
    const r = await evidenceApi.refetch(slug, source.id);
    setBusy(false);
    if (!r.ok) setError(r.message);
    else onChanged();
  };

  if (!snap || snap.status === "PENDING") {
    return (
      <p className="flex items-center gap-1.5 text-xs text-slate-600" data-testid="snapshot-state" data-status="PENDING">
        <span className="size-3 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" aria-hidden="true" />
        Archiving a copy of the page…
      </p>
    );
  }
  if (snap.status === "FAILED") {
    return (
      <div className="space-y-1" data-testid="snapshot-state" data-status="FAILED">
        <p className="text-xs text-red-800">
          <span className="font-medium">Capture failed:</span> {snap.error ?? "the page could not be fetched."}
        </p>
        {canEdit && (
          <button type="button" onClick={retry} disabled={busy} className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50 disabled:opacity-60">
            {busy ? "Retrying…" : "Retry capture"}
          </button>
        )}
        {error && (
          <p role="alert" className="text-xs text-red-700">
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <p className="text-xs text-slate-600" data-testid="snapshot-state" data-status="OK">
      Archived {snap.fetchedAt ? formatInstant(snap.fetchedAt) : ""}
      {snap.changed ? " · changed since the previous capture" : ""} ·{" "}
      <Link href={sourceHref(slug, source.id, snap.id)} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
        View snapshot
      </Link>
    </p>
  );
}
