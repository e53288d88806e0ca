"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import { SOURCE_TYPE_LABELS } from "@/lib/domain/evidence/source-type";
import type { TStance } from "@/lib/domain/evidence/stance";
import { evidenceApi } from "./evidence-api";
import { SnapshotState } from "./snapshot-state";
import { StanceBadge } from "./stance-badge";
import { StancePicker } from "./stance-picker";

const textareaClass =
  "block w-full rounded-md border-0 px-2.5 py-1.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600";

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/**
 * One piece of evidence on a claim: its stance, source and excerpt (always rendered as text), the
 * state of the source's archived copy, and, for people who may edit, edit / move / remove.
 */
export function EvidenceItem(props: {
  slug: string;
  evidence: TEvidenceDto;
  index: number;
  count: number;
  canEdit: boolean;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  onChanged: () => void;
}) {
  const { slug, evidence: e, index, count, canEdit, busy, onMove, onChanged } = props;
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<{ stance: TStance; excerpt: string; note: string }>({ stance: e.stance, excerpt: e.excerpt, note: e.note });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const host = hostOf(e.source.url);

  const save = async (ev: React.FormEvent) => {
    ev.preventDefault();
    setSaving(true);
    setError(null);
    const r = await evidenceApi.update(slug, e.id, { version: e.version, ...draft });
    setSaving(false);
    if (!r.ok) {
      // Keep what was typed: a conflict means someone else saved first; reload shows theirs.
      setError(r.status === 409 ? "Someone changed this evidence since you opened it. Your text is kept here: copy it, then reload the claim to see their version." : r.message);
      return;
    }
    setEditing(false);
    onChanged();
  };

  const remove = async () => {
    setRemoving(true);
    setRemoveError(null);
    const r = await evidenceApi.remove(slug, e.id);
    setRemoving(false);
    if (!r.ok) {
      setRemoveError(r.message);
      return;
    }
    setConfirm(false);
    onChanged();
  };

  return (
    <li className="rounded-md bg-white p-2.5 ring-1 ring-slate-200" data-testid="evidence-item" data-evidence-id={e.id}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <StanceBadge stance={e.stance} />
        <span className="text-xs text-slate-500">{SOURCE_TYPE_LABELS[e.source.type]}</span>
        {e.excerptFound === false && (
          <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-200" data-testid="quote-not-found">
            Quote not found in source
          </span>
        )}
      </div>
      <p className="mt-1.5 text-sm leading-snug font-medium break-words text-slate-900">
        {/* The server only stores http(s) addresses; this keeps any other scheme from becoming a link anyway. */}
        {e.source.url && /^https?:\/\//i.test(e.source.url) ? (
          <a href={e.source.url} target="_blank" rel="noopener noreferrer nofollow" className="hover:underline">
            {e.source.title}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          e.source.title
        )}
      </p>
      {(e.source.publisher || host) && <p className="text-xs break-words text-slate-600">{[e.source.publisher, host].filter(Boolean).join(" · ")}</p>}

      {editing ? (
        <form onSubmit={save} className="mt-2 space-y-2" aria-label="Edit evidence">
          <StancePicker name={`${id}-stance`} value={draft.stance} onChange={(stance) => setDraft({ ...draft, stance })} />
          <div>
            <label htmlFor={`${id}-excerpt`} className="block text-xs font-medium text-slate-700">
              Excerpt
            </label>
            <textarea id={`${id}-excerpt`} rows={3} value={draft.excerpt} onChange={(ev) => setDraft({ ...draft, excerpt: ev.target.value })} className={textareaClass} />
          </div>
          <div>
            <label htmlFor={`${id}-note`} className="block text-xs font-medium text-slate-700">
              Note
            </label>
            <textarea id={`${id}-note`} rows={2} value={draft.note} onChange={(ev) => setDraft({ ...draft, note: ev.target.value })} className={textareaClass} />
          </div>
          {error && (
            <p role="alert" className="rounded-md bg-red-50 px-2.5 py-1.5 text-xs text-red-800 ring-1 ring-red-200 ring-inset">
              {error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button
              type="button"
              variant="secondary"
              className="px-2.5 py-1 text-xs"
              onClick={() => {
                setEditing(false);
                setError(null);
                setDraft({ stance: e.stance, excerpt: e.excerpt, note: e.note });
              }}
            >
              Cancel
            </Button>
            <Button type="submit" className="px-2.5 py-1 text-xs" disabled={saving}>
              {saving ? "Saving…" : "Save evidence"}
            </Button>
          </div>
        </form>
      ) : (
        <>
          {e.excerpt && <blockquote className="mt-2 border-l-2 border-slate-300 pl-2.5 text-sm whitespace-pre-line break-words text-slate-700 italic">{e.excerpt}</blockquote>}
          {e.note && <p className="mt-1.5 text-xs whitespace-pre-line break-words text-slate-700">{e.note}</p>}
        </>
      )}

      <div className="mt-2">
        <SnapshotState slug={slug} source={e.source} canEdit={canEdit} onChanged={onChanged} />
      </div>

      {canEdit && !editing && (
        <div className="mt-2 flex flex-wrap items-center gap-1 border-t border-slate-100 pt-2">
          <button type="button" onClick={() => setEditing(true)} className="rounded px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100" aria-label={`Edit evidence ${index + 1}`}>
            Edit
          </button>
          <button type="button" onClick={() => onMove(-1)} disabled={busy || index === 0} className="rounded px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-40" aria-label={`Move evidence ${index + 1} up`}>
            ↑ Up
          </button>
          <button
            type="button"
            onClick={() => onMove(1)}
            disabled={busy || index === count - 1}
            className="rounded px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-40"
            aria-label={`Move evidence ${index + 1} down`}
          >
            ↓ Down
          </button>
          <button type="button" onClick={() => setConfirm(true)} className="ml-auto rounded px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50" aria-label={`Remove evidence ${index + 1}`}>
            Remove…
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirm}
        title="Remove this evidence?"
        confirmLabel="Remove evidence"
        danger
        busy={removing}
        error={removeError}
        onConfirm={remove}
        onCancel={() => {
          setConfirm(false);
          setRemoveError(null);
        }}
      >
        <p>
          <span className="font-medium">{e.source.title}</span> will no longer be cited on this claim. The source stays in the workspace library, and the removal is recorded in the audit log.
        </p>
      </ConfirmDialog>
    </li>
  );
}
