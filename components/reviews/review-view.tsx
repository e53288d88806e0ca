"use client";

import Link from "next/link";
import { useCallback, useState, type ReactNode } from "react";
import { ClaimStatusBadge } from "@/components/claims/claim-status-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatCalendarDate } from "@/components/ui/format";
import type { TApiResult } from "@/components/ui/api-call";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import type { TRatingScale } from "@/lib/domain/reviews/default-rating-scale";
import { CLAIM_PRIORITY_LABELS, type TReviewStateDto, type TTimelineEntryDto, type TVerdictDto } from "@/lib/domain/reviews/review-dto";
import { ACTION_REASON_PROMPTS, WORKFLOW_ACTION_LABELS, WORKFLOW_DONE_TEXT, contentEditRule, type TWorkflowAction } from "@/lib/domain/reviews/workflow";
import { ClaimTimeline } from "./claim-timeline";
import { RatingChip } from "./rating-chip";
import { RationaleView } from "./rationale-view";
import { PublishingPanel } from "./publishing-panel";
import { ReasonDialog } from "./reason-dialog";
import { reviewApi } from "./review-api";
import { SignOffPanel } from "./sign-off-panel";
import { VerdictEvidenceList } from "./verdict-evidence-list";
import { VerdictForm, type TVerdictDraft } from "./verdict-form";
import { VerdictHistory } from "./verdict-history";

type TError = { message: string; stale: boolean; fieldErrors?: Record<string, string[]> };

const CARD = "rounded-lg bg-white shadow-sm ring-1 ring-slate-200";
const CARD_HEAD = "flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-100 px-5 py-3.5";

function Section({ title, actions, children, testId }: { title: string; actions?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className={CARD} aria-label={title} data-testid={testId}>
      <div className={CARD_HEAD}>
        <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
        {actions}
      </div>
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}

/** Buttons in the order people expect them: moving forward first, then the rest. */
const ACTION_ORDER: TWorkflowAction[] = ["publish", "correct", "approve", "submit_for_review", "start_research", "revise", "request_changes", "override_approve", "withdraw_submission", "return_to_draft", "reopen"];
const REVIEW_DECISIONS: Partial<Record<TWorkflowAction, "approve" | "request_changes" | "override">> = {
  approve: "approve",
  request_changes: "request_changes",
  override_approve: "override",
};

/**
 * A claim's review view: the claim, its current verdict (or the form to propose one), the sign-off
 * state with the actions the workflow allows this person, and every version with a word diff.
 * Every write sends the version it was based on; a 409 says what changed and offers a reload,
 * so nobody overwrites anyone silently.
 */
export function ReviewView(props: {
  workspaceSlug: string;
  claim: TClaimDto;
  initialState: TReviewStateDto;
  initialVersions: TVerdictDto[];
  scale: TRatingScale;
  canEdit: boolean;
  initialTimeline: TTimelineEntryDto[];
  /** The claim's conversation (components/conversation), rendered beside the sign-off. */
  discussion?: ReactNode;
}) {
  const { workspaceSlug, claim, scale, canEdit } = props;
  const api = reviewApi(workspaceSlug, claim.id);
  const [state, setState] = useState(props.initialState);
  const [versions, setVersions] = useState(props.initialVersions);
  const [timeline, setTimeline] = useState(props.initialTimeline);
  const [editing, setEditing] = useState(props.initialState.verdict === null && canEdit);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<TError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [asking, setAsking] = useState<TWorkflowAction | null>(null);

  const reload = useCallback(async () => {
    setError(null);
    const [s, v, t] = await Promise.all([api.state(), api.versions(), api.timeline()]);
    if (s.ok) setState(s.value);
    if (v.ok) setVersions(v.value.verdicts);
    if (t.ok) setTimeline(t.value.entries);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceSlug, claim.id]);

  async function run(call: () => Promise<TApiResult<TReviewStateDto>>, done: string) {
    setBusy(true);
    setError(null);
    setNotice(null);
    const res = await call();
    setBusy(false);
    if (!res.ok) {
      setError({ message: res.message, stale: res.status === 409, fieldErrors: res.fieldErrors });
      return false;
    }
    setState(res.value);
    setAsking(null);
    setNotice(done);
    const [v, t] = await Promise.all([api.versions(), api.timeline()]);
    if (v.ok) setVersions(v.value.verdicts);
    if (t.ok) setTimeline(t.value.entries);
    // No router.refresh(): everything on this page comes from the review state just received, and a
    // refresh re-streams the page's metadata (the <title> blinks out meanwhile).
    return true;
  }

  function act(action: TWorkflowAction, reason?: string) {
    const decision = REVIEW_DECISIONS[action];
    if (decision) {
      return run(
        () => api.review({ decision, claimVersion: state.claimVersion, signOffHash: state.signOffHash ?? "", ...(reason ? { comment: reason } : {}) }),
        action === "approve" ? "Approved." : action === "override_approve" ? "Approved by override." : "Changes requested: the author sees your comment.",
      );
    }
    return run(() => api.move({ action, claimVersion: state.claimVersion, ...(reason ? { reason } : {}) }), WORKFLOW_DONE_TEXT[action]);
  }

  async function save(draft: TVerdictDraft) {
    const ok = await run(() => api.saveVerdict({ ...draft, claimVersion: state.claimVersion }), "Verdict saved as a new version.");
    if (ok) setEditing(false);
  }

  const rule = contentEditRule(state.status);
  const actions = ACTION_ORDER.filter((a) => state.allowedActions.includes(a));
  const verdict = state.verdict;
  const reasonAction = asking && ACTION_REASON_PROMPTS[asking] ? asking : null;

  return (
    <div className="space-y-5">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          <Link href={`/w/${workspaceSlug}/claims`} className="hover:text-slate-900 hover:underline">
            Claims
          </Link>{" "}
          /{" "}
          <Link href={`/w/${workspaceSlug}/documents/${claim.documentId}?claim=${claim.id}`} className="hover:text-slate-900 hover:underline">
            {claim.documentTitle}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <ClaimStatusBadge status={state.status} />
          {verdict && <RatingChip rating={verdict.rating} size="sm" />}
          {state.publication && (
            <a
              href={state.publication.path}
              target="_blank"
              rel="noopener"
              data-testid="public-link"
              className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-600/30 ring-inset hover:underline"
            >
              {state.publication.kind === "RETRACTION" ? "Retracted" : state.publication.kind === "CORRECTION" ? "Corrected" : "Published"} · public page v{state.publication.version}
              <span className="sr-only"> (opens in a new tab)</span> ↗
            </a>
          )}
          {claim.priority !== "NORMAL" && (
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300 ring-inset">
              {CLAIM_PRIORITY_LABELS[claim.priority]} priority
            </span>
          )}
        </div>
        <h1 className="text-xl font-semibold text-slate-900">{claim.text}</h1>
        <blockquote className="border-l-4 border-amber-300 bg-amber-50/50 py-2 pr-3 pl-4 text-sm text-slate-800">
          “{claim.quote.exact}”
          <footer className="mt-1 text-xs text-slate-600">
            {[claim.claimant, claim.claimDate ? formatCalendarDate(claim.claimDate) : null].filter(Boolean).join(" · ") || "Claimant not recorded"}
          </footer>
        </blockquote>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
          <div>
            <dt className="inline">Assignee: </dt>
            <dd className="inline text-slate-900">{claim.assignee?.name ?? "nobody"}</dd>
          </div>
          <div>
            <dt className="inline">Reviewers asked: </dt>
            <dd className="inline text-slate-900">{state.requestedReviewers.map((r) => r.name).join(", ") || "anyone who can review"}</dd>
          </div>
          {claim.dueDate && (
            <div>
              <dt className="inline">Due: </dt>
              <dd className="inline text-slate-900">{formatCalendarDate(claim.dueDate)}</dd>
            </div>
          )}
        </dl>
      </header>

      {state.openChangeRequest && (
        <div data-testid="change-request">
          <Alert tone="warning">
            <strong className="font-semibold">{state.openChangeRequest.reviewer?.name ?? "A reviewer"} requested changes</strong> on version {state.openChangeRequest.verdictVersion}:
            <span className="mt-1 block whitespace-pre-line">“{state.openChangeRequest.comment}”</span>
          </Alert>
        </div>
      )}
      {error && (
        <div data-testid="review-error">
          <Alert tone="error">
            <span className="block">{error.message}</span>
            {error.stale && (
              <button type="button" onClick={() => void reload()} className="mt-1 font-medium underline underline-offset-2">
                Reload the claim
              </button>
            )}
          </Alert>
        </div>
      )}
      {notice && (
        <p role="status" className="text-sm font-medium text-teal-800" data-testid="review-notice">
          {notice}
        </p>
      )}

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-5">
          <Section
            title={editing ? (verdict ? `Revise the verdict (version ${verdict.version + 1})` : "Propose a verdict") : verdict ? `Verdict · version ${verdict.version}` : "Verdict"}
            testId="verdict-card"
            actions={
              !editing && canEdit && rule !== "locked" ? (
                <Button variant="secondary" className="py-1.5" onClick={() => setEditing(true)} data-testid="edit-verdict">
                  {verdict ? "Revise verdict" : "Propose a verdict"}
                </Button>
              ) : null
            }
          >
            {editing ? (
              <>
                {rule === "voids_approvals" && (state.validApprovals > 0 || state.status === "APPROVED") && (
                  <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
                    Saving a new version voids the approvals given so far, and the claim goes back to review.
                  </p>
                )}
                <VerdictForm
                  scale={scale}
                  evidence={state.evidence}
                  current={verdict}
                  nextVersion={(verdict?.version ?? 0) + 1}
                  busy={busy}
                  fieldErrors={error?.fieldErrors}
                  onSubmit={(d) => void save(d)}
                  onCancel={verdict ? () => setEditing(false) : undefined}
                />
              </>
            ) : verdict ? (
              <div className="space-y-4">
                <div className="flex flex-wrap items-center gap-2">
                  <RatingChip rating={verdict.rating} />
                  <span className="text-xs text-slate-600">{verdict.rating.description}</span>
                </div>
                <p className="text-base text-slate-900" data-testid="verdict-summary">
                  {verdict.summary}
                </p>
                <RationaleView doc={verdict.rationale} />
                <div>
                  <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Rests on</p>
                  <VerdictEvidenceList evidenceIds={verdict.evidenceIds} evidence={state.evidence} />
                </div>
                <p className="text-xs text-slate-500">
                  Written by {verdict.author?.name ?? "a former member"}. Approvals sign the SHA-256{" "}
                  <span className="font-mono" title={state.signOffHash ?? ""}>
                    {state.signOffHash?.slice(0, 10)}…
                  </span>{" "}
                  of this content.
                </p>
              </div>
            ) : (
              <p className="text-sm text-slate-600">No verdict yet. {canEdit ? "Propose one to start the review." : "An editor proposes one to start the review."}</p>
            )}
          </Section>

          <Section title="Versions" testId="versions">
            <VerdictHistory key={`${versions[0]?.version ?? 0}:${state.lastApprovedVersion ?? 0}`} versions={versions} lastApprovedVersion={state.lastApprovedVersion} evidence={state.evidence} />
          </Section>
        </div>

        <div className="space-y-5">
          <Section title="Sign-off" testId="sign-off">
            <div className="space-y-4">
              <SignOffPanel state={state} />
              {actions.length > 0 && (
                <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4" role="group" aria-label="Workflow actions">
                  {actions.map((a) => (
                    <Button
                      key={a}
                      variant={a === "approve" || a === "submit_for_review" || a === "publish" || a === "correct" ? "primary" : a === "override_approve" ? "danger" : "secondary"}
                      className="py-1.5"
                      disabled={busy}
                      data-action={a}
                      onClick={() => (ACTION_REASON_PROMPTS[a] ? setAsking(a) : void act(a))}
                    >
                      {WORKFLOW_ACTION_LABELS[a]}
                      {ACTION_REASON_PROMPTS[a] ? "…" : ""}
                    </Button>
                  ))}
                </div>
              )}
              {state.publicAddress.canEdit && (state.publication || ["APPROVED", "PUBLISHED", "CORRECTED"].includes(state.status)) && (
                <PublishingPanel
                  state={state}
                  claimId={claim.id}
                  onChanged={async () => {
                    const res = await api.state();
                    if (res.ok) setState(res.value);
                  }}
                />
              )}
            </div>
          </Section>
          {props.discussion && (
            <Section title="Discussion" testId="discussion-card">
              {props.discussion}
            </Section>
          )}
          <Section title="Timeline" testId="timeline">
            <ClaimTimeline entries={timeline} />
          </Section>
        </div>
      </div>

      <ReasonDialog
        key={reasonAction ?? "none"}
        open={reasonAction !== null}
        title={reasonAction ? WORKFLOW_ACTION_LABELS[reasonAction] : ""}
        prompt={reasonAction ? ACTION_REASON_PROMPTS[reasonAction]! : ""}
        confirmLabel={reasonAction ? WORKFLOW_ACTION_LABELS[reasonAction] : ""}
        danger={reasonAction === "override_approve"}
        busy={busy}
        error={reasonAction && error ? error.message : null}
        onConfirm={(reason) => reasonAction && void act(reasonAction, reason)}
        onCancel={() => {
          setAsking(null);
          setError(null);
        }}
      />
    </div>
  );
}
