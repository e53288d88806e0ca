import { describe, expect, it } from "vitest";
import { DELETE, GET as GET_ONE, PATCH } from "@/app/api/w/[slug]/documents/[id]/route";
import { GET, POST } from "@/app/api/w/[slug]/documents/route";
import { createAuthSession } from "@/lib/server/auth/create-auth-session";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { makeDocx } from "@/tests/fixtures/import/make-docx";
import { importRowCounts, workspaceWithEveryRole } from "./helpers";

async function tokenFor(userId: string) {
  const sessionId = await createAuthSession({ userId, userAgent: "vitest", ip: "127.0.0.1" });
  const { secret } = await createApiToken({ actor: { userId, via: "session", sessionId }, name: "documents test" });
  return secret;
}

function call(token: string | null, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  return new Request(`http://localhost${path}`, { ...init, headers, duplex: "half" } as RequestInit);
}

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.message).toBe("string");
  return { status: res.status, ...body.error };
}

describe("documents API route handlers", () => {
  it("imports JSON text, lists, reads, updates and deletes", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.editor.id);
    const p = ctx({ slug: w.slug });
    const created = await POST(call(token, `/api/w/${w.slug}/documents`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ kind: "text", content: "Rail strike called off\n\nUnions accepted a 4.5% offer." }) }), p);
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: { id: string; title: string } };
    expect(document.title).toBe("Rail strike called off");

    const list = await GET(call(token, `/api/w/${w.slug}/documents?q=rail&sort=title&order=asc&page=1`), p);
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ total: 1, page: 1, documents: [{ id: document.id, source: "Pasted" }] });

    const one = ctx({ slug: w.slug, id: document.id });
    const got = await GET_ONE(call(token, `/api/w/${w.slug}/documents/${document.id}`), one);
    expect(await got.json()).toMatchObject({ document: { id: document.id, text: expect.stringContaining("4.5% offer"), original: { kind: "TEXT" } } });

    const patched = await PATCH(call(token, `/api/w/${w.slug}/documents/${document.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ publisher: "Transit Weekly" }) }), one);
    expect(await patched.json()).toMatchObject({ document: { publisher: "Transit Weekly", source: "Transit Weekly" } });

    const deleted = await DELETE(call(token, `/api/w/${w.slug}/documents/${document.id}`, { method: "DELETE" }), one);
    expect(deleted.status).toBe(204);
    expect(await errorOf(await GET_ONE(call(token, `/api/w/${w.slug}/documents/${document.id}`), one))).toMatchObject({ status: 404, code: "NOT_FOUND" });
  });

  it("imports a multipart .docx upload", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.editor.id);
    const form = new FormData();
    form.set("file", new File([new Uint8Array(makeDocx([["Heading1", "Clinic hours cut"], ["", "Opening hours fall from 60 to 45 a week."]]))], "clinic.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
    const res = await POST(call(token, `/api/w/${w.slug}/documents`, { method: "POST", body: form }), ctx({ slug: w.slug }));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ document: { title: "Clinic hours cut", original: { kind: "DOCX", sourceName: "clinic.docx" }, source: "clinic.docx" } });
  });

  it("answers 4xx with { error: { code, message } } and writes nothing", async () => {
    const w = await workspaceWithEveryRole();
    const editor = await tokenFor(w.editor.id);
    const viewer = await tokenFor(w.viewer.id);
    const outsider = await tokenFor(w.outsider.id);
    const p = ctx({ slug: w.slug });
    const path = `/api/w/${w.slug}/documents`;
    const json = (body: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

    // (No-credentials requests fall through to the Auth.js cookie check, which needs Next's runtime: covered by e2e.)
    expect(await errorOf(await GET(call("fdk_not-a-real-token", path), p))).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    expect(await errorOf(await GET(call(outsider, path), p))).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect((await GET(call(viewer, path), p)).status).toBe(200);
    expect(await errorOf(await POST(call(viewer, path, json({ kind: "text", content: "hi" })), p))).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(await errorOf(await POST(call(editor, path, json({ kind: "text", content: "" })), p))).toMatchObject({ status: 400, message: "Paste some text to import." });
    expect(await errorOf(await POST(call(editor, path, json({ kind: "pdf" })), p))).toMatchObject({ status: 400, message: expect.stringMatching(/kind must be one of/) });
    expect(await errorOf(await POST(call(editor, path, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" }), p))).toMatchObject({ status: 400, message: expect.stringMatching(/not a valid JSON/) });
    expect(await errorOf(await POST(call(editor, path, { method: "POST", headers: { "content-type": "text/plain" }, body: "raw" }), p))).toMatchObject({ status: 415 });
    expect(await errorOf(await GET(call(editor, `${path}?sort=nonsense`), p))).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(await errorOf(await GET(call(editor, `${path}?page=-1`), p))).toMatchObject({ status: 400 });

    const png = new FormData();
    png.set("file", new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "chart.png", { type: "image/png" }));
    expect(await errorOf(await POST(call(editor, path, { method: "POST", body: png }), p))).toMatchObject({ status: 415, message: expect.stringMatching(/\.png files can't be imported/) });
    const noFile = new FormData();
    noFile.set("other", "x");
    expect(await errorOf(await POST(call(editor, path, { method: "POST", body: noFile }), p))).toMatchObject({ status: 400, message: expect.stringMatching(/field named “file”/) });

    const one = ctx({ slug: w.slug, id: "00000000-0000-4000-8000-000000000000" });
    expect(await errorOf(await GET_ONE(call(editor, `${path}/x`), one))).toMatchObject({ status: 404 });
    expect(await errorOf(await PATCH(call(editor, `${path}/x`, { method: "PATCH", headers: { "content-type": "application/json" }, body: "[]" }), one))).toMatchObject({ status: 400 });
    expect(await importRowCounts(w.ws.id)).toEqual({ documents: 0, imports: 0, audits: 0 });
  });

  it("refuses a 50 MB upload quickly with 413: by Content-Length before reading, and by counting while reading", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.editor.id);
    const p = ctx({ slug: w.slug });
    const path = `/api/w/${w.slug}/documents`;
    let pulled = 0;
    const endless = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1024 * 1024;
          controller.enqueue(new Uint8Array(1024 * 1024).fill(97));
          if (pulled >= 50 * 1024 * 1024) controller.close();
        },
      });
    const boundary = "----factdesk";
    const declared = await POST(
      call(token, path, { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(50 * 1024 * 1024) }, body: endless() }),
      p,
    );
    expect(await errorOf(declared)).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(pulled).toBeLessThanOrEqual(2 * 1024 * 1024); // at most what the stream pre-buffered

    pulled = 0;
    const started = Date.now();
    const undeclared = await POST(call(token, path, { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body: endless() }), p);
    expect(await errorOf(undeclared)).toMatchObject({ status: 413, message: "The upload is larger than 10 MB." });
    expect(pulled).toBeLessThan(13 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await importRowCounts(w.ws.id)).toEqual({ documents: 0, imports: 0, audits: 0 });
  });
});
