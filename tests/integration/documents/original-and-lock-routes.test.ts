import { describe, expect, it } from "vitest";
import { GET as ORIGINAL } from "@/app/api/w/[slug]/documents/[id]/original/route";
import { DELETE as UNLOCK, POST as LOCK } from "@/app/api/w/[slug]/documents/[id]/text-lock/route";
import type { TDocumentOriginalDto } from "@/lib/domain/documents/document-original-dto";
import { db } from "@/lib/db";
import { createAuthSession } from "@/lib/server/auth/create-auth-session";
import { createClaim } from "@/lib/server/claims/create-claim";
import { appendPendingEdit, insertAt, rangeOf } from "../claims/helpers";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { importDocument } from "@/lib/server/documents/import-document";
import { actorOf, workspaceWithEveryRole } from "./helpers";

async function tokenFor(userId: string) {
  const sessionId = await createAuthSession({ userId, userAgent: "vitest", ip: "127.0.0.1" });
  return (await createApiToken({ actor: { userId, via: "session", sessionId }, name: "original test" })).secret;
}
const call = (token: string, path: string, init: RequestInit = {}) =>
  new Request(`http://localhost${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

const ARTICLE = "Jobs report\n\nThe rate fell to 3.1 percent in July.";

describe("GET /api/w/{slug}/documents/{id}/original", () => {
  it("answers the original import read-only, the working copy as the editors see it (acknowledged edits included) and the diff; the claims whose quote differs", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content: ARTICLE });
    const claim = await createClaim({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "fell to 3.1 percent")) });
    // An acknowledged edit not yet folded in by the debounced store.
    await appendPendingEdit(doc.id, insertAt(1, "DRAFT "));
    // The importer may take a title line out of the body: the original is what it stored.
    const { articleText } = await db.documentImport.findUniqueOrThrow({ where: { documentId: doc.id }, select: { articleText: true } });
    expect(articleText).toContain("The rate fell to 3.1 percent in July.");
    const token = await tokenFor(w.viewer.id);
    const res = await ORIGINAL(call(token, `/api/w/${w.slug}/documents/${doc.id}/original`), ctx({ slug: w.slug, id: doc.id }));
    expect(res.status).toBe(200);
    const { original } = (await res.json()) as { original: TDocumentOriginalDto };
    expect(original).toMatchObject({ documentId: doc.id, kind: "TEXT", articleText, sourceText: null, workingText: `DRAFT ${articleText}` });
    expect(original.changes!.changes.filter((c) => c.kind !== "same")).toEqual([{ kind: "added", text: "DRAFT " }]);
    expect(original.claims).toEqual([]);

    // Now the claimed words change (the store's anchor sync moves the quote with them).
    await db.claim.update({ where: { id: claim.id }, data: { quoteExact: "fell to 3.4 percent" } });
    const again = (await (await ORIGINAL(call(token, `/api/w/${w.slug}/documents/${doc.id}/original`), ctx({ slug: w.slug, id: doc.id }))).json()) as { original: TDocumentOriginalDto };
    expect(again.original.claims).toMatchObject([{ id: claim.id, quote: "fell to 3.4 percent", originalQuote: "fell to 3.1 percent" }]);
  });

  it("is a 404 for outsiders and other workspaces' documents", async () => {
    const w = await workspaceWithEveryRole();
    const other = await workspaceWithEveryRole();
    const doc = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content: ARTICLE });
    for (const [who, slug] of [[w.outsider, w.slug], [other.owner, other.slug]] as const) {
      const res = await ORIGINAL(call(await tokenFor(who.id), `/api/w/${slug}/documents/${doc.id}/original`), ctx({ slug, id: doc.id }));
      expect(res.status).toBe(404);
    }
  });
});

describe("POST/DELETE /api/w/{slug}/documents/{id}/text-lock", () => {
  it("locks and unlocks for editors; a viewer gets 403; a body cannot name another document", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content: ARTICLE });
    const otherDoc = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content: ARTICLE });
    const p = ctx({ slug: w.slug, id: doc.id });
    const path = `/api/w/${w.slug}/documents/${doc.id}/text-lock`;
    const viewer = await LOCK(call(await tokenFor(w.viewer.id), path, { method: "POST" }), p);
    expect(viewer.status).toBe(403);
    const editor = await tokenFor(w.editor.id);
    const locked = await LOCK(
      call(editor, path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ documentId: otherDoc.id, workspaceSlug: "elsewhere" }) }),
      p,
    );
    expect(locked.status).toBe(200);
    expect(await locked.json()).toMatchObject({ changed: true, lock: { scope: "DOCUMENT", lockedBy: { id: w.editor.id } } });
    expect(await db.textLock.findMany({ where: { workspaceId: w.ws.id }, select: { documentId: true } })).toEqual([{ documentId: doc.id }]);
    const unlocked = await UNLOCK(call(editor, path, { method: "DELETE" }), p);
    expect(await unlocked.json()).toEqual({ changed: true });
    expect(await db.textLock.count({ where: { workspaceId: w.ws.id } })).toBe(0);
  });
});
