import { afterAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/w/[slug]/claims/[id]/comments/route";
import { db } from "@/lib/db";
import { mentionToken } from "@/lib/domain/conversation/comment-text";
import type { TCommentThreadDto } from "@/lib/domain/conversation/comment-dto";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { addComment } from "@/lib/server/comments/add-comment";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { editComment } from "@/lib/server/comments/edit-comment";
import { listComments } from "@/lib/server/comments/list-comments";
import { setThreadResolved } from "@/lib/server/comments/set-thread-resolved";
import { actorOf, call, codeOf, ctx, errorOf, requestChangesAs, reviewWorld, tokenFor } from "../reviews/helpers";

afterAll(async () => {
  await stopJobSender();
});

describe("comments on a claim", () => {
  it("threads with replies; mentions kept only for members; viewers read but do not write; strangers get 404", async () => {
    const x = await reviewWorld({ submit: false });
    const base = { workspaceSlug: x.w.slug, claimId: x.claim.id };
    const body = `${mentionToken({ id: x.w.reviewer.id, name: "Rev" })} is this the right quote? cc ${mentionToken({ id: x.w.outsider.id, name: "Out" })}`;
    const { comment: first } = await addComment({ ...base, actor: actorOf(x.w.editor), body });
    expect((await db.comment.findUniqueOrThrow({ where: { id: first.id } })).mentionedIds).toEqual([x.w.reviewer.id]);
    await addComment({ ...base, actor: actorOf(x.w.reviewer), body: "Yes, it matches the original.", threadId: first.id });
    await addComment({ ...base, actor: actorOf(x.w.admin), body: "Source 2 is paywalled; the PDF is in the library." });

    const res = await GET(call(await tokenFor(x.w.viewer.id), `/api/w/${x.w.slug}/claims/${x.claim.id}/comments`), ctx({ slug: x.w.slug, id: x.claim.id }));
    const { threads } = (await res.json()) as { threads: TCommentThreadDto[] };
    expect(threads.map((t) => [t.author?.id, t.replies.map((r) => r.body)])).toEqual([
      [x.w.editor.id, ["Yes, it matches the original."]],
      [x.w.admin.id, []],
    ]);
    expect(threads[0]!.body).toBe(body);

    const viewer = await POST(call(await tokenFor(x.w.viewer.id), `/api/w/${x.w.slug}/claims/${x.claim.id}/comments`, { method: "POST", json: { body: "Hi" } }), ctx({ slug: x.w.slug, id: x.claim.id }));
    expect(viewer.status).toBe(403);
    expect(await codeOf(listComments({ ...base, actor: actorOf(x.w.outsider) }))).toBe("NOT_FOUND");
    // A reply to a reply, or in another claim's thread: not found.
    const reply = (await listComments({ ...base, actor: actorOf(x.w.viewer) })).threads[0]!.replies[0]!;
    expect(await codeOf(addComment({ ...base, actor: actorOf(x.w.editor), body: "x", threadId: reply.id }))).toBe("NOT_FOUND");
    expect(await codeOf(addComment({ workspaceSlug: x.w.slug, claimId: x.other.id, actor: actorOf(x.w.editor), body: "x", threadId: first.id }))).toBe("NOT_FOUND");
  });

  it("bad bodies are a 400 with a sentence and write nothing", async () => {
    const x = await reviewWorld({ submit: false });
    const token = await tokenFor(x.w.editor.id);
    for (const [json, message] of [
      [{ body: "   " }, "Write something first."],
      [{ body: "a\u0000b" }, "NUL"],
      [{ body: "x".repeat(5001) }, "under 5,000 characters"],
      [{ body: "ok", threadId: "nope" }, "threadId must be"],
      [{ body: "ok", authorId: x.w.owner.id }, "authorId"],
    ] as const) {
      const res = await POST(call(token, `/api/w/${x.w.slug}/claims/${x.claim.id}/comments`, { method: "POST", json }), ctx({ slug: x.w.slug, id: x.claim.id }));
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toContain(message);
    }
    expect(await db.comment.count({ where: { claimId: x.claim.id } })).toBe(0);
  });

  it("its author edits for 15 minutes (shown as edited), deletes it leaving a tombstone; nobody else can", async () => {
    const x = await reviewWorld({ submit: false });
    const base = { workspaceSlug: x.w.slug, claimId: x.claim.id };
    const { comment } = await addComment({ ...base, actor: actorOf(x.w.editor), body: "Draft question" });
    await addComment({ ...base, actor: actorOf(x.w.reviewer), body: "An answer", threadId: comment.id });
    const created = new Date(comment.createdAt).getTime();

    const edited = await editComment({ workspaceSlug: x.w.slug, commentId: comment.id, actor: actorOf(x.w.editor), body: "Better question", now: new Date(created + 14 * 60_000) });
    expect(edited.comment).toMatchObject({ body: "Better question", deleted: false });
    expect(edited.comment.editedAt).not.toBeNull();
    expect(await codeOf(editComment({ workspaceSlug: x.w.slug, commentId: comment.id, actor: actorOf(x.w.editor), body: "Too late", now: new Date(created + 16 * 60_000) }))).toBe("CONFLICT");
    expect(await codeOf(editComment({ workspaceSlug: x.w.slug, commentId: comment.id, actor: actorOf(x.w.reviewer), body: "Not mine" }))).toBe("FORBIDDEN");
    expect(await codeOf(deleteComment({ workspaceSlug: x.w.slug, commentId: comment.id, actor: actorOf(x.w.admin) }))).toBe("FORBIDDEN");

    await deleteComment({ workspaceSlug: x.w.slug, commentId: comment.id, actor: actorOf(x.w.editor) });
    await deleteComment({ workspaceSlug: x.w.slug, commentId: comment.id, actor: actorOf(x.w.editor) });
    const [thread] = (await listComments({ ...base, actor: actorOf(x.w.viewer) })).threads;
    expect(thread).toMatchObject({ body: "", deleted: true, editableUntil: null, replies: [{ body: "An answer" }] });
    const audit = await db.auditEvent.findMany({ where: { workspaceId: x.w.ws.id, action: "comment.deleted" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({ body: "Better question" });
  });

  it("threads resolve and reopen; a change request opens a thread about the version", async () => {
    const x = await reviewWorld();
    await requestChangesAs(x, x.w.reviewer, "Name the source of the 2,100 figure.");
    const [thread] = (await listComments({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor) })).threads;
    expect(thread).toMatchObject({ body: "Name the source of the 2,100 figure.", verdictVersion: 1, author: { id: x.w.reviewer.id }, resolved: null });

    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: "Done in version 2.", threadId: thread!.id });
    await setThreadResolved({ workspaceSlug: x.w.slug, threadId: thread!.id, resolved: true, actor: actorOf(x.w.editor) });
    expect((await listComments({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.viewer) })).threads[0]!.resolved).toMatchObject({ by: { id: x.w.editor.id } });
    await setThreadResolved({ workspaceSlug: x.w.slug, threadId: thread!.id, resolved: false, actor: actorOf(x.w.reviewer) });
    expect((await listComments({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.viewer) })).threads[0]!.resolved).toBeNull();
    expect(await codeOf(setThreadResolved({ workspaceSlug: x.w.slug, threadId: thread!.id, resolved: true, actor: actorOf(x.w.viewer) }))).toBe("FORBIDDEN");
    expect(await db.auditEvent.count({ where: { workspaceId: x.w.ws.id, action: { in: ["comment.thread_resolved", "comment.thread_reopened"] } } })).toBe(2);
  });

  it("a thread may be about one version of the verdict; a version it does not have is a 400", async () => {
    const x = await reviewWorld();
    const { comment } = await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.reviewer), body: "Is the second source in this version?", verdictVersion: 1 });
    expect(comment).toMatchObject({ threadId: null });
    const threads = (await listComments({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor) })).threads;
    expect(threads.find((t) => t.id === comment.id)).toMatchObject({ verdictVersion: 1 });
    expect(await codeOf(addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.reviewer), body: "x", verdictVersion: 7 }))).toBe("BAD_REQUEST");
    expect(await codeOf(addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.reviewer), body: "x", verdictVersion: 1, threadId: comment.id }))).toBe("BAD_REQUEST");
    const res = await POST(call(await tokenFor(x.w.reviewer.id), `/api/w/${x.w.slug}/claims/${x.claim.id}/comments`, { method: "POST", json: { body: "x", verdictVersion: "one" } }), ctx({ slug: x.w.slug, id: x.claim.id }));
    expect(res.status).toBe(400);
  });
});
