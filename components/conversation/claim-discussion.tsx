"use client";

import { useEffect, useState } from "react";
import { apiCall } from "@/components/ui/api-call";
import { formatInstant } from "@/components/ui/format";
import type { TCommentDto, TCommentThreadDto } from "@/lib/domain/conversation/comment-dto";
import { commentPlainText, commentSegments } from "@/lib/domain/conversation/comment-text";
import { CommentBody } from "./comment-body";
import { CommentComposer, type TMentionable } from "./comment-composer";

const LINK = "text-xs font-medium text-slate-600 hover:text-slate-900 hover:underline disabled:opacity-50";

/**
 * A claim's conversation beside its review: threads (a change request opens one), replies,
 * mentions, edit within 15 minutes, delete leaving a tombstone, resolve and reopen. It refreshes
 * after each action of this person; other people's comments show on the next load (live updates
 * come with notifications).
 */
export function ClaimDiscussion(props: {
  workspaceSlug: string;
  claimId: string;
  initialThreads: TCommentThreadDto[];
  members: TMentionable[];
  currentUserId: string;
  canWrite: boolean;
  renderedAt: number;
  /** The verdict's versions, newest first: a new thread may be about one of them. */
  verdictVersions?: number[];
}) {
  const { workspaceSlug, claimId, members, currentUserId, canWrite } = props;
  const base = `/api/w/${encodeURIComponent(workspaceSlug)}`;
  const [threads, setThreads] = useState(props.initialThreads);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState<Set<string>>(new Set());
  // The clock the 15-minute edit window is read against: the server's at render, then the
  // browser's every half minute (local only; the server refuses a late edit anyway).
  const [now, setNow] = useState(props.renderedAt);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  // Other people's comments arrive live (GET /api/me/events?claim=…); the event carries nothing,
  // the threads are re-read through the API.
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/me/events?claim=${encodeURIComponent(claimId)}`);
    source.addEventListener("comments", () => {
      void apiCall<{ threads: TCommentThreadDto[] }>(`/api/w/${encodeURIComponent(workspaceSlug)}/claims/${encodeURIComponent(claimId)}/comments`).then((fresh) => {
        if (fresh.ok) setThreads(fresh.value.threads);
      });
    });
    return () => source.close();
  }, [workspaceSlug, claimId]);

  async function act(call: () => Promise<{ ok: boolean; message?: string }>): Promise<boolean> {
    setBusy(true);
    setError(null);
    const res = await call();
    if (res.ok) {
      const fresh = await apiCall<{ threads: TCommentThreadDto[] }>(`${base}/claims/${claimId}/comments`);
      if (fresh.ok) setThreads(fresh.value.threads);
    } else setError(res.message ?? "That did not work.");
    setBusy(false);
    return res.ok;
  }
  const [about, setAbout] = useState<string>("");
  const post = (body: string, threadId?: string) =>
    act(() => apiCall(`${base}/claims/${claimId}/comments`, { method: "POST", json: { body, ...(threadId ? { threadId } : about ? { verdictVersion: Number(about) } : {}) } }));
  const edit = (id: string, body: string) => act(() => apiCall(`${base}/comments/${id}`, { method: "PATCH", json: { body } }));
  const remove = (id: string) => act(() => apiCall(`${base}/comments/${id}`, { method: "DELETE" }));
  const resolve = (id: string, resolved: boolean) => act(() => apiCall(`${base}/comments/${id}/resolve`, { method: "POST", json: { resolved } }));

  const comment = (c: TCommentDto) => {
    const mine = c.author?.id === currentUserId;
    const editable = mine && !c.deleted && c.editableUntil !== null && now < new Date(c.editableUntil).getTime();
    if (editing === c.id) {
      const mentions = commentSegments(c.body).flatMap((s) => (s.type === "mention" ? [{ id: s.userId, name: s.name }] : []));
      return (
        <CommentComposer
          label="Edit the comment"
          members={members}
          initial={commentPlainText(c.body)}
          initialPicked={mentions}
          submitLabel="Save"
          busy={busy}
          autoFocus
          onSubmit={async (body) => {
            const ok = await edit(c.id, body);
            if (ok) setEditing(null);
            return ok;
          }}
          onCancel={() => setEditing(null)}
        />
      );
    }
    return (
      <div data-testid="comment" data-deleted={c.deleted ? "true" : "false"}>
        <p className="text-xs text-slate-600">
          <span className="font-medium text-slate-900">{c.author?.name ?? "A former member"}</span> · {formatInstant(c.createdAt)}
          {c.editedAt && !c.deleted && " · edited"}
        </p>
        {c.deleted ? <p className="text-sm text-slate-500 italic">Comment deleted.</p> : <CommentBody body={c.body} />}
        {(editable || (mine && !c.deleted)) && (
          <div className="mt-0.5 flex gap-3">
            {editable && (
              <button type="button" className={LINK} disabled={busy} onClick={() => setEditing(c.id)}>
                Edit
              </button>
            )}
            <button type="button" className={LINK} disabled={busy} onClick={() => void remove(c.id)}>
              Delete
            </button>
          </div>
        )}
      </div>
    );
  };

  return (
    <div className="space-y-4" data-testid="discussion">
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {threads.length === 0 && <p className="text-sm text-slate-600">No comments yet.{canWrite ? " Ask a question or leave a note for the team." : ""}</p>}
      <ul className="space-y-3" aria-label="Threads">
        {threads.map((t) => {
          const collapsed = t.resolved && !showResolved.has(t.id);
          return (
            <li key={t.id} data-testid="thread" data-resolved={t.resolved ? "true" : "false"} className="rounded-md bg-slate-50 px-3 py-2.5 ring-1 ring-slate-200">
              {t.verdictVersion !== null && <p className="mb-1 text-xs font-medium text-rose-800">On verdict version {t.verdictVersion}</p>}
              {collapsed ? (
                <p className="text-sm text-slate-600">
                  Resolved by {t.resolved!.by?.name ?? "a former member"} · {formatInstant(t.resolved!.at)}.{" "}
                  <button type="button" className={LINK} onClick={() => setShowResolved((s) => new Set(s).add(t.id))}>
                    Show thread
                  </button>
                </p>
              ) : (
                <div className="space-y-2">
                  {comment(t)}
                  {t.replies.length > 0 && (
                    <ul className="space-y-2 border-l-2 border-slate-200 pl-3" aria-label="Replies">
                      {t.replies.map((r) => (
                        <li key={r.id}>{comment(r)}</li>
                      ))}
                    </ul>
                  )}
                  {canWrite && (
                    <div className="flex gap-3">
                      {replyTo !== t.id && !t.resolved && (
                        <button type="button" className={LINK} disabled={busy} onClick={() => setReplyTo(t.id)}>
                          Reply
                        </button>
                      )}
                      <button type="button" className={LINK} disabled={busy} onClick={() => void resolve(t.id, !t.resolved)} data-testid="resolve">
                        {t.resolved ? "Reopen" : "Resolve"}
                      </button>
                    </div>
                  )}
                  {replyTo === t.id && (
                    <CommentComposer
                      label="Reply"
                      members={members}
                      submitLabel="Reply"
                      busy={busy}
                      autoFocus
                      onSubmit={async (body) => {
                        const ok = await post(body, t.id);
                        if (ok) setReplyTo(null);
                        return ok;
                      }}
                      onCancel={() => setReplyTo(null)}
                    />
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {canWrite && (
        <div className="space-y-2">
          {(props.verdictVersions?.length ?? 0) > 0 && (
            <label className="flex items-center gap-2 text-xs text-slate-600">
              About
              <select value={about} onChange={(e) => setAbout(e.target.value)} data-testid="comment-about" className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800">
                <option value="">the claim</option>
                {props.verdictVersions!.map((v) => (
                  <option key={v} value={String(v)}>
                    verdict version {v}
                  </option>
                ))}
              </select>
            </label>
          )}
          <CommentComposer label="New comment" members={members} submitLabel="Comment" busy={busy} onSubmit={(body) => post(body)} />
        </div>
      )}
    </div>
  );
}
