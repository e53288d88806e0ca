import { describe, expect, it } from "vitest";
import { POST as ACCEPT } from "@/app/api/invitations/accept/route";
import { POST as CREATE_TOKEN } from "@/app/api/me/tokens/route";
import { POST as SIGNUP } from "@/app/api/signup/route";
import { PATCH as PATCH_WORKSPACE, DELETE as DELETE_WORKSPACE } from "@/app/api/w/[slug]/route";
import { POST as ANCHOR } from "@/app/api/w/[slug]/claims/[id]/anchor/route";
import { PATCH as PATCH_CLAIM } from "@/app/api/w/[slug]/claims/[id]/route";
import { POST as CREATE_CLAIM } from "@/app/api/w/[slug]/claims/route";
import { PATCH as PATCH_DOCUMENT } from "@/app/api/w/[slug]/documents/[id]/route";
import { POST as IMPORT } from "@/app/api/w/[slug]/documents/route";
import { POST as INVITE } from "@/app/api/w/[slug]/invitations/route";
import { PATCH as PATCH_MEMBER } from "@/app/api/w/[slug]/members/[userId]/route";
import { POST as CREATE_WORKSPACE } from "@/app/api/workspaces/route";
import { db } from "@/lib/db";
import { call, ctx, errorOf, tokenFor } from "../claims/api";
import { workspaceWithEveryRole } from "../workspaces/fixtures";

/**
 * Issue 9 §2: every JSON body is capped while it streams (1 MB; the document import documents
 * 10 MB), so no caller, signed in or not, can make the server buffer an endless body. Over the cap
 * is a 413 in the usual error shape, whether Content-Length says so up front or the body just
 * keeps coming.
 */

const MB = 1024 * 1024;
/** Valid JSON of about `bytes` bytes: the object padded with whitespace, so only its size can be wrong. */
const padded = (value: object, bytes: number) => JSON.stringify(value) + " ".repeat(Math.max(0, bytes - JSON.stringify(value).length));

type THandler = (req: Request, c: { params: Promise<never> }) => Promise<Response>;

function post(token: string | null, path: string, body: BodyInit, method = "POST", headers: Record<string, string> = {}) {
  return call(token, path, { method, body, headers: { "content-type": "application/json", ...headers } });
}

/** A body that never ends, counting what the server pulled from it. */
function endless() {
  const chunk = new TextEncoder().encode(`{"name":"${"x".repeat(64 * 1024 - 10)}`);
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      stats.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

describe("JSON body size cap", () => {
  it("every JSON route answers a body over 1 MB with 413 { error }, by Content-Length or while streaming", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.outsider.id);
    const id = "00000000-0000-4000-8000-000000000000";
    const routes: [string, THandler, string, string, object][] = [
      ["POST /api/signup", SIGNUP as THandler, "POST", "/api/signup", {}],
      ["POST /api/workspaces", CREATE_WORKSPACE as THandler, "POST", "/api/workspaces", {}],
      ["POST /api/me/tokens", CREATE_TOKEN as THandler, "POST", "/api/me/tokens", {}],
      ["POST /api/invitations/accept", ACCEPT as THandler, "POST", "/api/invitations/accept", {}],
      ["PATCH /api/w/{slug}", PATCH_WORKSPACE as THandler, "PATCH", `/api/w/${w.slug}`, { slug: w.slug }],
      ["DELETE /api/w/{slug}", DELETE_WORKSPACE as THandler, "DELETE", `/api/w/${w.slug}`, { slug: w.slug }],
      ["PATCH members", PATCH_MEMBER as THandler, "PATCH", `/api/w/${w.slug}/members/${id}`, { slug: w.slug, userId: id }],
      ["POST invitations", INVITE as THandler, "POST", `/api/w/${w.slug}/invitations`, { slug: w.slug }],
      ["PATCH document", PATCH_DOCUMENT as THandler, "PATCH", `/api/w/${w.slug}/documents/${id}`, { slug: w.slug, id }],
      ["POST claims", CREATE_CLAIM as THandler, "POST", `/api/w/${w.slug}/claims`, { slug: w.slug }],
      ["PATCH claim", PATCH_CLAIM as THandler, "PATCH", `/api/w/${w.slug}/claims/${id}`, { slug: w.slug, id }],
      ["POST anchor", ANCHOR as THandler, "POST", `/api/w/${w.slug}/claims/${id}/anchor`, { slug: w.slug, id }],
    ];
    for (const [name, handler, method, path, params] of routes) {
      const auth = path === "/api/signup" ? null : token;
      const body = padded({ name: "x" }, MB + 1);
      const declared = await handler(post(auth, path, body, method, { "content-length": String(Buffer.byteLength(body)) }), ctx(params) as never);
      expect({ name, status: declared.status }).toEqual({ name, status: 413 });
      expect(await errorOf(declared)).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: "The request body is larger than 1 MB." });

      const { stream, stats } = endless();
      const streamed = await handler(post(auth, path, stream, method), ctx(params) as never);
      expect({ name, status: streamed.status }).toEqual({ name, status: 413 });
      expect((await errorOf(streamed)).code).toBe("PAYLOAD_TOO_LARGE");
      // Stopped at the cap: at most one chunk past 1 MB pulled (plus the stream's read-ahead), then cancelled.
      expect(stats.pulled).toBeLessThan(MB + 4 * 64 * 1024);
      expect(stats.cancelled).toBe(true);
    }
  });

  it("a Content-Length that lies low does not get past the cap", async () => {
    const res = await SIGNUP(post(null, "/api/signup", padded({ email: "x" }, 2 * MB), "POST", { "content-length": "100" }), ctx({}) as never);
    expect(res.status).toBe(413);
  });

  it("a body just under the cap is read and parsed as usual", async () => {
    const w = await workspaceWithEveryRole();
    const res = await CREATE_WORKSPACE(post(await tokenFor(w.editor.id), "/api/workspaces", padded({ name: "Padded but fine" }, MB - 16)), ctx({}) as never);
    expect(res.status).toBe(201);
  });

  it("the document import keeps its documented 10 MB: 2 MB of JSON imports, 11 MB is a 413", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.editor.id);
    const path = `/api/w/${w.slug}/documents`;
    const ok = await IMPORT(post(token, path, padded({ kind: "text", content: "Big padded import\n\nThe port said cargo fell 12%." }, 2 * MB)), ctx({ slug: w.slug }));
    expect(ok.status).toBe(201);
    const big = await IMPORT(post(token, path, padded({ kind: "text", content: "x" }, 11 * MB)), ctx({ slug: w.slug }));
    expect(await errorOf(big)).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(await db.document.count({ where: { workspaceId: w.ws.id } })).toBe(1);
  });
});
