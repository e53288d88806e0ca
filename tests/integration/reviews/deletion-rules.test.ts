import { afterAll, describe, expect, it } from "vitest";
import { DELETE as DELETE_CLAIM } from "@/app/api/w/[slug]/claims/[id]/route";
import { DELETE as TRASH } from "@/app/api/w/[slug]/documents/[id]/route";
import { db } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { trashDocument } from "@/lib/server/documents/trash-document";
import { actorOf, approveAs, call, codeOf, ctx, errorOf, reviewWorld, tokenFor } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

describe("claims past research", () => {
  it("cannot be deleted by editors or reviewers; admins withdraw them with a reason that stays in the audit log with the verdict", async () => {
    const x = await reviewWorld();
    await approveAs(x, x.w.reviewer);
    for (const who of [x.w.editor, x.w.reviewer]) {
      expect(await codeOf(deleteClaim({ actor: actorOf(who), workspaceSlug: x.w.slug, claimId: x.claim.id, reason: "Duplicate." }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(deleteClaim({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: x.claim.id }))).toBe("BAD_REQUEST");
    expect(await db.claim.count({ where: { id: x.claim.id } })).toBe(1);

    const res = await DELETE_CLAIM(
      call(await tokenFor(x.w.admin.id), `/api/w/${x.w.slug}/claims/${x.claim.id}?reason=${encodeURIComponent("Duplicate of the claim two paragraphs down.")}`, { method: "DELETE" }),
      ctx({ slug: x.w.slug, id: x.claim.id }),
    );
    expect(res.status).toBe(204);
    expect(await db.claim.count({ where: { id: x.claim.id } })).toBe(0);
    expect(await db.textLock.count({ where: { documentId: x.doc.id } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: x.w.ws.id, action: "claim.withdrawn" } });
    expect(event).toMatchObject({ actorId: x.w.admin.id, targetId: x.claim.id });
    expect(event.data).toMatchObject({ reason: "Duplicate of the claim two paragraphs down.", status: "IN_REVIEW", verdict: { version: 1, rating: "Mostly false" } });
  });

  it("a claim still in research is deleted as before; a published one never", async () => {
    const x = await reviewWorld({ submit: false });
    await deleteClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id });
    expect(await db.auditEvent.count({ where: { workspaceId: x.w.ws.id, action: "claim.deleted" } })).toBe(1);
    await db.claim.update({ where: { id: x.other.id }, data: { status: "PUBLISHED" } });
    expect(await codeOf(deleteClaim({ actor: actorOf(x.w.owner), workspaceSlug: x.w.slug, claimId: x.other.id, reason: "Wrong." }))).toBe("CONFLICT");
  });
});

describe("trashing a document with claims in review", () => {
  it("asks for confirmation naming them (409), then trashes with the flag", async () => {
    const x = await reviewWorld();
    const token = await tokenFor(x.w.editor.id);
    const params = ctx({ slug: x.w.slug, id: x.doc.id });
    const refused = await TRASH(call(token, `/api/w/${x.w.slug}/documents/${x.doc.id}`, { method: "DELETE" }), params);
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toMatch(/“unemployment is at a record low” \(in review\)/);
    expect((await db.document.findUniqueOrThrow({ where: { id: x.doc.id } })).deletedAt).toBeNull();
    const bad = await TRASH(call(token, `/api/w/${x.w.slug}/documents/${x.doc.id}?confirmClaimsInReview=yes`, { method: "DELETE" }), params);
    expect(bad.status).toBe(400);
    const ok = await TRASH(call(token, `/api/w/${x.w.slug}/documents/${x.doc.id}?confirmClaimsInReview=true`, { method: "DELETE" }), params);
    expect(ok.status).toBe(204);
    expect((await db.document.findUniqueOrThrow({ where: { id: x.doc.id } })).deletedAt).not.toBeNull();
  });

  it("needs no confirmation when no claim is in review", async () => {
    const x = await reviewWorld({ submit: false });
    await trashDocument({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, documentId: x.doc.id });
    expect((await db.document.findUniqueOrThrow({ where: { id: x.doc.id } })).deletedAt).not.toBeNull();
  });
});
