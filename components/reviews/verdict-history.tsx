"use client";

import { useMemo, useState } from "react";
import { DiffText } from "@/components/ui/diff-text";
import { Select } from "@/components/ui/field";
import { formatInstant } from "@/components/ui/format";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import type { TVerdictDto } from "@/lib/domain/reviews/review-dto";
import { diffVerdicts } from "@/lib/domain/reviews/verdict-diff";

/**
 * Every version of the verdict, and any two compared word by word (default: the current one
 * against the last approved version, else the one before it).
 */
export function VerdictHistory(props: { versions: TVerdictDto[]; lastApprovedVersion: number | null; evidence: TEvidenceDto[] }) {
  const { versions, lastApprovedVersion, evidence } = props;
  const newest = versions[0]?.version ?? 0;
  const defaultOld = lastApprovedVersion !== null && lastApprovedVersion < newest ? lastApprovedVersion : newest - 1;
  const [from, setFrom] = useState(defaultOld);
  const [to, setTo] = useState(newest);
  const a = versions.find((v) => v.version === from);
  const b = versions.find((v) => v.version === to);
  const diff = useMemo(() => (a && b ? diffVerdicts(a, b) : null), [a, b]);
  const title = (id: string) => evidence.find((e) => e.id === id)?.source.title ?? "Evidence since removed";

  if (versions.length === 0) return <p className="text-sm text-slate-600">No verdict yet. Every version saved is kept here, to compare.</p>;
  if (versions.length < 2) return <p className="text-sm text-slate-600">Only one version so far. Saving a revision keeps this one, to compare.</p>;
  const label = (v: TVerdictDto) => `Version ${v.version}${v.version === lastApprovedVersion ? " (last approved)" : ""} · ${v.author?.name ?? "former member"} · ${formatInstant(v.createdAt)}`;
  return (
    <div className="space-y-3" data-testid="verdict-history">
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="text-xs font-medium text-slate-600">
          Compare
          <Select value={from} onChange={(e) => setFrom(Number(e.target.value))} className="mt-1">
            {versions.map((v) => (
              <option key={v.id} value={v.version}>
                {label(v)}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          with
          <Select value={to} onChange={(e) => setTo(Number(e.target.value))} className="mt-1">
            {versions.map((v) => (
              <option key={v.id} value={v.version}>
                {label(v)}
              </option>
            ))}
          </Select>
        </label>
      </div>
      {diff && (
        <div className="space-y-3 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200" data-testid="verdict-diff">
          {diff.same && <p className="text-slate-600">No difference a reader would see.</p>}
          {diff.rating && (
            <p>
              <span className="font-medium text-slate-900">Rating:</span> <del className="text-rose-900 line-through">{diff.rating.from}</del> →{" "}
              <ins className="text-emerald-900 underline">{diff.rating.to}</ins>
            </p>
          )}
          <div>
            <p className="font-medium text-slate-900">Summary</p>
            {diff.summary ? <DiffText diff={diff.summary} testId="summary-diff" /> : <p className="text-slate-600">Rewritten entirely.</p>}
          </div>
          <div>
            <p className="font-medium text-slate-900">Rationale</p>
            <p className="whitespace-pre-line">{diff.rationale ? <DiffText diff={diff.rationale} /> : "Rewritten entirely."}</p>
          </div>
          {(diff.evidenceAdded.length > 0 || diff.evidenceRemoved.length > 0) && (
            <div>
              <p className="font-medium text-slate-900">Evidence</p>
              <ul className="list-disc pl-5">
                {diff.evidenceAdded.map((id) => (
                  <li key={`+${id}`}>
                    <ins className="text-emerald-900 underline">Added: {title(id)}</ins>
                  </li>
                ))}
                {diff.evidenceRemoved.map((id) => (
                  <li key={`-${id}`}>
                    <del className="text-rose-900 line-through">Removed: {title(id)}</del>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
