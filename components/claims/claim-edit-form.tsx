"use client";

import Link from "next/link";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { CLAIM_PRIORITIES, CLAIM_PRIORITY_LABELS } from "@/lib/domain/reviews/review-dto";
import { ClaimStatusBadge } from "./claim-status-badge";
import { claimsApi } from "./claims-api";
import { useClaimsActions, type TClaimMember } from "./claims-provider";

type TDraft = {
  text: string;
  claimant: string;
  claimDate: string;
  appearanceUrl: string;
  checkworthiness: string;
  tags: string;
  assigneeId: string;
  dueDate: string;
  priority: string;
  /** Requested reviewers' ids, sorted and comma-joined (so the draft compares as text). */
  reviewers: string;
};

const draftOf = (c: TClaimDto): TDraft => ({
  text: c.text,
  claimant: c.claimant ?? "",
  claimDate: c.claimDate ?? "",
  appearanceUrl: c.appearanceUrl ?? "",
  checkworthiness: c.checkworthiness ? String(c.checkworthiness) : "",
  tags: c.tags.join(", "),
  assigneeId: c.assignee?.id ?? "",
  dueDate: c.dueDate ?? "",
  priority: c.priority,
  reviewers: c.requestedReviewers
    .map((r) => r.id)
    .sort()
    .join(","),
});

const idsOf = (s: string) => s.split(",").filter(Boolean);

const parseTags = (s: string) => [...new Set(s.split(",").map((t) => t.trim()).filter(Boolean))];

/** Only what changed goes to the server (with the version we started from); empty means cleared. */
function changes(from: TDraft, to: TDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const nullable = (v: string) => (v.trim() === "" ? null : v.trim());
  if (to.text !== from.text) out.text = to.text.trim();
  if (to.claimant !== from.claimant) out.claimant = nullable(to.claimant);
  if (to.claimDate !== from.claimDate) out.claimDate = nullable(to.claimDate);
  if (to.appearanceUrl !== from.appearanceUrl) out.appearanceUrl = nullable(to.appearanceUrl);
  if (to.checkworthiness !== from.checkworthiness) out.checkworthiness = to.checkworthiness ? Number(to.checkworthiness) : null;
  if (parseTags(to.tags).join("\n") !== parseTags(from.tags).join("\n")) out.tags = parseTags(to.tags);
  if (to.assigneeId !== from.assigneeId) out.assigneeId = to.assigneeId || null;
  if (to.dueDate !== from.dueDate) out.dueDate = nullable(to.dueDate);
  if (to.priority !== from.priority) out.priority = to.priority;
  if (to.reviewers !== from.reviewers) out.reviewerIds = idsOf(to.reviewers);
  return out;
}

const inputClass = (invalid: boolean) =>
  `block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600 ${invalid ? "ring-red-500" : "ring-slate-300"}`;

/** The claim's fields, edited in the panel; saved with the claim's version so nobody's change is overwritten silently. */
export function ClaimEditForm({ claim, members }: { claim: TClaimDto; members: TClaimMember[] }) {
  const ctx = useClaimsActions()!;
  const id = useId();
  const [base, setBase] = useState(() => ({ draft: draftOf(claim), version: claim.version }));
  const [draft, setDraft] = useState<TDraft>(base.draft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success" | "warning"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [withdrawReason, setWithdrawReason] = useState("");
  // Past research, a claim carries a team's review: it is withdrawn (admins and owners) with a reason.
  const pastResearch = claim.status === "IN_REVIEW" || claim.status === "CHANGES_REQUESTED" || claim.status === "APPROVED";

  // Someone else saved the claim (it came in through a refetch): a form with nothing typed into it
  // simply shows the new version; one with changes keeps them, and saving them gets the 409.
  const [seenVersion, setSeenVersion] = useState(claim.version);
  if (claim.version !== seenVersion) {
    setSeenVersion(claim.version);
    if (claim.version > base.version && Object.keys(changes(base.draft, draft)).length === 0) {
      setBase({ draft: draftOf(claim), version: claim.version });
      setDraft(draftOf(claim));
    }
  }

  const set = (key: keyof TDraft) => (e: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [key]: e.target.value }));
    setErrors((er) => (er[key] ? { ...er, [key]: "" } : er));
    setMessage(null);
  };

  const reload = async () => {
    const fresh = await claimsApi.get(ctx.workspaceSlug, claim.id);
    if (!fresh.ok) return;
    ctx.upsert(fresh.value);
    setBase({ draft: draftOf(fresh.value), version: fresh.value.version });
    setDraft(draftOf(fresh.value));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = changes(base.draft, draft);
    if (Object.keys(body).length === 0) {
      setMessage({ tone: "success", text: "Nothing to save." });
      return;
    }
    setSaving(true);
    setErrors({});
    setMessage(null);
    const res = await claimsApi.update(ctx.workspaceSlug, claim.id, { ...body, version: base.version });
    setSaving(false);
    if (res.ok) {
      ctx.upsert(res.value);
      setBase({ draft: draftOf(res.value), version: res.value.version });
      setDraft(draftOf(res.value));
      setMessage({ tone: "success", text: "Claim saved." });
      return;
    }
    if (res.status === 409) {
      await reload();
      setMessage({ tone: "warning", text: "Someone else changed this claim while you were editing. It now shows their version: make your change again." });
      return;
    }
    const fieldErrors: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.fieldErrors ?? {})) {
      const key = k.split(".")[0]!;
      if (key in draft) fieldErrors[key] = v[0] ?? "Invalid value.";
    }
    setErrors(fieldErrors);
    // The API's message starts with the field's internal name; when every problem sits next to its field, point there instead.
    const onFields = Object.keys(fieldErrors).length;
    setMessage({ tone: "error", text: onFields ? (onFields === 1 ? "Check the highlighted field." : "Check the highlighted fields.") : res.message });
  };

  const doDelete = async () => {
    setDeleting(true);
    setDeleteError(null);
    if (pastResearch && withdrawReason.trim() === "") {
      setDeleteError("Say why the claim is withdrawn.");
      return;
    }
    const res = await claimsApi.remove(ctx.workspaceSlug, claim.id, pastResearch ? withdrawReason.trim() : undefined);
    setDeleting(false);
    if (!res.ok && res.status !== 404) {
      setDeleteError(res.message);
      return;
    }
    setConfirmDelete(false);
    ctx.remove(claim.id);
    ctx.setNotice({ tone: "info", message: pastResearch ? "Claim withdrawn." : "Claim deleted." });
  };

  const reviewerChoices = members.filter((m) => m.canReview);
  const toggleReviewer = (userId: string, on: boolean) => {
    const next = new Set(idsOf(draft.reviewers));
    if (on) next.add(userId);
    else next.delete(userId);
    setDraft((d) => ({ ...d, reviewers: [...next].sort().join(",") }));
    setErrors((er) => (er.reviewers ? { ...er, reviewers: "" } : er));
    setMessage(null);
  };
  const field = (key: keyof TDraft, label: string, control: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode, hint?: string) => {
    const fid = `${id}-${key}`;
    const err = errors[key];
    return (
      <div className="space-y-1">
        <label htmlFor={fid} className="block text-xs font-medium text-slate-700">
          {label}
        </label>
        {control({ id: fid, ...(err ? { "aria-invalid": true as const } : {}), "aria-describedby": err ? `${fid}-error` : hint ? `${fid}-hint` : undefined })}
        {err ? (
          <p id={`${fid}-error`} className="text-xs text-red-700">
            {err}
          </p>
        ) : hint ? (
          <p id={`${fid}-hint`} className="text-xs text-slate-500">
            {hint}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Claim details" className="space-y-3">
      {field("text", "Claim, as a checkable sentence", (p) => (
        <textarea {...p} data-claim-field="text" rows={3} value={draft.text} onChange={set("text")} className={inputClass(!!errors.text)} />
      ))}
      <div className="grid grid-cols-2 gap-3">
        {field("claimant", "Claimant", (p) => <input {...p} value={draft.claimant} onChange={set("claimant")} placeholder="Who said it" className={inputClass(!!errors.claimant)} />)}
        {field("claimDate", "Claim date", (p) => <input {...p} type="date" value={draft.claimDate} onChange={set("claimDate")} className={inputClass(!!errors.claimDate)} />)}
      </div>
      {field("appearanceUrl", "Where it appeared", (p) => (
        <input {...p} type="url" inputMode="url" value={draft.appearanceUrl} onChange={set("appearanceUrl")} placeholder="https://…" className={inputClass(!!errors.appearanceUrl)} />
      ))}
      <div className="grid grid-cols-2 gap-3">
        {field("priority", "Priority", (p) => (
          <select {...p} value={draft.priority} onChange={set("priority")} className={inputClass(!!errors.priority)}>
            {CLAIM_PRIORITIES.map((v) => (
              <option key={v} value={v}>
                {CLAIM_PRIORITY_LABELS[v]}
              </option>
            ))}
          </select>
        ))}
        {field("checkworthiness", "Checkworthiness", (p) => (
          <select {...p} value={draft.checkworthiness} onChange={set("checkworthiness")} className={inputClass(!!errors.checkworthiness)}>
            <option value="">Not rated</option>
            <option value="1">1 · low</option>
            <option value="2">2</option>
            <option value="3">3</option>
            <option value="4">4</option>
            <option value="5">5 · high</option>
          </select>
        ))}
      </div>
      <div className="grid grid-cols-2 gap-3">
        {field("assigneeId", "Assignee", (p) => (
          <select {...p} value={draft.assigneeId} onChange={set("assigneeId")} className={inputClass(!!errors.assigneeId)}>
            <option value="">Unassigned</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        ))}
        {field("dueDate", "Due date", (p) => <input {...p} type="date" value={draft.dueDate} onChange={set("dueDate")} className={inputClass(!!errors.dueDate)} />)}
      </div>
      {field(
        "tags",
        "Tags",
        (p) => <input {...p} value={draft.tags} onChange={set("tags")} placeholder="economy, shipping" className={inputClass(!!errors.tags)} />,
        "Separate tags with commas.",
      )}
      {reviewerChoices.length > 0 && (
        <fieldset className="space-y-1">
          <legend className="text-xs font-medium text-slate-700">Reviewers to ask</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {reviewerChoices.map((m) => (
              <label key={m.id} className="flex items-center gap-1.5 text-sm text-slate-800">
                <input type="checkbox" checked={idsOf(draft.reviewers).includes(m.id)} onChange={(e) => toggleReviewer(m.id, e.target.checked)} className="accent-slate-800" />
                {m.name}
              </label>
            ))}
          </div>
          {errors.reviewers && <p className="text-xs text-red-700">{errors.reviewers}</p>}
        </fieldset>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-slate-50 px-2.5 py-2 text-xs text-slate-700 ring-1 ring-slate-200 ring-inset">
        <span className="flex items-center gap-2">
          <ClaimStatusBadge status={claim.status} />
          The status follows the review workflow.
        </span>
        <Link href={`/w/${ctx.workspaceSlug}/claims/${claim.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline" data-testid="open-review">
          Open review
        </Link>
      </div>
      {message && (
        <p
          role={message.tone === "success" ? "status" : "alert"}
          className={`rounded-md px-2.5 py-1.5 text-xs ring-1 ring-inset ${
            message.tone === "success" ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : message.tone === "warning" ? "bg-amber-50 text-amber-900 ring-amber-200" : "bg-red-50 text-red-800 ring-red-200"
          }`}
        >
          {message.text}
        </p>
      )}
      <div className="flex items-center justify-between gap-2 pt-1">
        <button type="button" className="rounded-md px-2 py-2 text-sm font-medium text-red-700 hover:bg-red-50" onClick={() => setConfirmDelete(true)}>
          {pastResearch ? "Withdraw…" : "Delete…"}
        </button>
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save claim"}
        </Button>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={pastResearch ? "Withdraw this claim?" : "Delete this claim?"}
        confirmLabel={pastResearch ? "Withdraw claim" : "Delete claim"}
        danger
        busy={deleting}
        error={deleteError}
        onConfirm={doDelete}
        onCancel={() => {
          setConfirmDelete(false);
          setDeleteError(null);
        }}
      >
        <blockquote className="border-l-2 border-slate-300 pl-3 text-slate-600 italic">{claim.quote.exact}</blockquote>
        <p>The highlight disappears from the text for everyone. The deletion is recorded in the workspace&apos;s audit log.</p>
        {pastResearch && (
          <>
            <p>It is past research: only an admin or owner can withdraw it, and its verdict and reviews are kept in the audit log with your reason.</p>
            <label htmlFor={`${id}-withdraw`} className="block font-medium text-slate-900">
              Why is it withdrawn?
            </label>
            <textarea
              id={`${id}-withdraw`}
              rows={2}
              maxLength={2000}
              value={withdrawReason}
              onChange={(e) => setWithdrawReason(e.target.value)}
              className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 focus:border-slate-500 focus:ring-2 focus:ring-slate-400 focus:outline-none"
            />
          </>
        )}
      </ConfirmDialog>
    </form>
  );
}
