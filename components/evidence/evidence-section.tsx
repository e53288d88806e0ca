"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import { evidenceApi } from "./evidence-api";
import { AddEvidenceForm } from "./add-evidence-form";
import { EvidenceItem } from "./evidence-item";
import { StanceSummary } from "./stance-badge";

// Archiving runs in the background; while a capture is pending, the claim is re-read at this pace.
const PENDING_POLL_MS = 2000;
const PENDING_POLL_FOR_MS = 3 * 60_000;

/**
 * The evidence of one claim, inside its open entry in the claims panel: the stance summary, the
 * ordered list, and the add form. `reload` re-reads the claim (its DTO carries the evidence), so
 * the summary chip in the list updates with it.
 */
export function EvidenceSection({ slug, claim, canEdit, reload: reloadClaim }: { slug: string; claim: TClaimDto; canEdit: boolean; reload: () => Promise<void> }) {
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // The panel's list carries only each claim's stance summary; the evidence itself is read when the
  // claim is opened, and again whenever the claim or its summary changes (someone else's edit).
  const [loaded, setLoaded] = useState<TEvidenceDto[] | null>(claim.evidence.length > 0 ? claim.evidence : null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const apply = useCallback((r: Awaited<ReturnType<typeof evidenceApi.list>>) => {
    if (r.ok) {
      setLoaded(r.value);
      setLoadError(null);
    } else setLoadError(r.message);
  }, []);
  const load = useCallback(async () => apply(await evidenceApi.list(slug, claim.id)), [apply, slug, claim.id]);
  const changeKey = `${claim.updatedAt}|${JSON.stringify(claim.stanceSummary)}`;
  useEffect(() => {
    let live = true;
    evidenceApi.list(slug, claim.id).then((r) => live && apply(r));
    return () => {
      live = false;
    };
  }, [apply, slug, claim.id, changeKey]);
  const reload = useCallback(async () => {
    await Promise.all([load(), reloadClaim()]);
  }, [load, reloadClaim]);
  const evidence = useMemo(() => loaded ?? [], [loaded]);
  const pending = evidence.some((e) => e.source.kind === "URL" && (!e.source.latestSnapshot || e.source.latestSnapshot.status === "PENDING"));

  useEffect(() => {
    if (!pending) return;
    const started = Date.now();
    const t = setInterval(() => {
      if (Date.now() - started > PENDING_POLL_FOR_MS) clearInterval(t);
      else void reload();
    }, PENDING_POLL_MS);
    return () => clearInterval(t);
  }, [pending, reload]);

  const move = useCallback(
    async (index: number, delta: -1 | 1) => {
      const order = evidence.map((e) => e.id);
      const j = index + delta;
      if (j < 0 || j >= order.length) return;
      [order[index], order[j]] = [order[j]!, order[index]!];
      setBusy(true);
      setError(null);
      const r = await evidenceApi.reorder(slug, claim.id, order);
      if (!r.ok) setError(r.message);
      await reload();
      setBusy(false);
      // Keep the keyboard where the moved item went.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[aria-label="Move evidence ${j + 1} ${delta < 0 ? "up" : "down"}"]`)?.focus());
    },
    [evidence, slug, claim.id, reload],
  );

  return (
    <section aria-labelledby={`${id}-title`} className="mt-4 border-t border-slate-100 pt-3" data-testid="evidence-section">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          Evidence
        </h3>
        <StanceSummary summary={claim.stanceSummary} />
      </div>
      {error && (
        <p role="alert" className="mt-2 rounded-md bg-red-50 px-2.5 py-1.5 text-xs text-red-800 ring-1 ring-red-200 ring-inset">
          {error}
        </p>
      )}
      {loadError && (
        <p role="alert" className="mt-2 rounded-md bg-red-50 px-2.5 py-1.5 text-xs text-red-800 ring-1 ring-red-200 ring-inset">
          Could not load the evidence: {loadError}{" "}
          <button type="button" className="font-medium underline" onClick={() => void load()}>
            Try again
          </button>
        </p>
      )}
      {loaded === null && claim.stanceSummary.total > 0 ? (
        <div className="mt-2 space-y-2" aria-busy="true" aria-label="Loading evidence">
          {Array.from({ length: Math.min(claim.stanceSummary.total, 3) }, (_, i) => (
            <div key={i} className="h-20 animate-pulse rounded-md bg-slate-100" />
          ))}
        </div>
      ) : evidence.length === 0 ? (
        <p className="mt-2 text-xs text-slate-600">{canEdit ? "No sources yet. Add the ones that support, refute or give context to this claim." : "No evidence has been attached to this claim yet."}</p>
      ) : (
        <ol className="mt-2 space-y-2" aria-label="Evidence, in order" data-testid="evidence-list">
          {evidence.map((e, i) => (
            <EvidenceItem key={e.id} slug={slug} evidence={e} index={i} count={evidence.length} canEdit={canEdit} busy={busy} onMove={(d) => move(i, d)} onChanged={() => void reload()} />
          ))}
        </ol>
      )}
      {canEdit &&
        (adding ? (
          <div className="mt-3">
            <AddEvidenceForm
              slug={slug}
              claimId={claim.id}
              onAdded={async () => {
                await reload();
                setAdding(false);
                requestAnimationFrame(() => addButton.current?.focus());
              }}
              onCancel={() => {
                setAdding(false);
                requestAnimationFrame(() => addButton.current?.focus());
              }}
            />
          </div>
        ) : (
          <button
            ref={addButton}
            type="button"
            onClick={() => setAdding(true)}
            className="mt-3 inline-flex w-full items-center justify-center gap-1.5 rounded-md border border-dashed border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-400 hover:bg-brand-50 hover:text-brand-800"
          >
            <span aria-hidden="true">+</span> Add evidence
          </button>
        ))}
    </section>
  );
}
