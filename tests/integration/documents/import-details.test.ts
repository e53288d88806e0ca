import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/w/[slug]/documents/route";
import { db } from "@/lib/db";
import { createAuthSession } from "@/lib/server/auth/create-auth-session";
import { importDocument } from "@/lib/server/documents/import-document";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { actorOf, workspaceWithEveryRole } from "./helpers";

const TEXT = "Ferry Terminal Opens\nBy Ana Lima\n\nThe county's new ferry terminal opened on Monday, two years later than planned.";

async function post(userId: string, slug: string, body: unknown) {
  const sessionId = await createAuthSession({ userId, userAgent: "vitest", ip: "127.0.0.1" });
  const { secret } = await createApiToken({ actor: { userId, via: "session", sessionId }, name: "import details test" });
  const req = new Request(`http://localhost/api/w/${slug}/documents`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, ...(body instanceof FormData ? {} : { "content-type": "application/json" }) },
    body: body instanceof FormData ? body : JSON.stringify(body),
  });
  return POST(req, { params: Promise.resolve({ slug }) });
}

/** An upload of TEXT with the given form fields beside the file (a list value sends the field once per item). */
function upload(fields: Record<string, string | string[] | Blob>) {
  const form = new FormData();
  form.set("file", new File([TEXT], "ferry.txt", { type: "text/plain" }));
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
  return form;
}

describe("the import form's title, address, author and date", () => {
  it("given with a paste, they win over what the text says; blank ones leave it", async () => {
    const w = await workspaceWithEveryRole();
    const res = await post(w.editor.id, w.slug, {
      kind: "text",
      content: TEXT,
      title: "  New ferry terminal opens two years late ",
      sourceUrl: "https://news.example.org/ferry",
      author: "",
      publishedAt: "2024-03-04",
    });
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string } };
    const doc = await db.document.findUniqueOrThrow({ where: { id: document.id } });
    expect(doc).toMatchObject({ title: "New ferry terminal opens two years late", sourceUrl: "https://news.example.org/ferry", author: "Ana Lima" });
    expect(doc.publishedAt?.toISOString().slice(0, 10)).toBe("2024-03-04");
  });

  it("with an upload (server function)", async () => {
    const w = await workspaceWithEveryRole();
    const summary = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "file", fileName: "ferry.txt", mimeType: "text/plain", bytes: Buffer.from(TEXT), author: "Desk" });
    expect(await db.document.findUniqueOrThrow({ where: { id: summary.id } })).toMatchObject({ title: "Ferry Terminal Opens", author: "Desk" });
  });

  it("given as form fields beside an uploaded file, they win the same way", async () => {
    const w = await workspaceWithEveryRole();
    const res = await post(w.editor.id, w.slug, upload({ title: "Ferry terminal opens late", sourceUrl: "https://news.example.org/ferry", author: "", publishedAt: "2024-03-04" }));
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string } };
    const doc = await db.document.findUniqueOrThrow({ where: { id: document.id }, include: { original: true } });
    expect(doc).toMatchObject({ title: "Ferry terminal opens late", sourceUrl: "https://news.example.org/ferry", author: "Ana Lima" });
    expect(doc.publishedAt?.toISOString().slice(0, 10)).toBe("2024-03-04");
    expect(doc.original).toMatchObject({ kind: "TEXT", sourceName: "ferry.txt" });
  });

  it.each([
    ["an unknown field", { kind: "html" }, /kind/],
    ["a server-set field", { fileName: "forged.txt" }, /fileName/],
    ["a detail sent twice", { title: ["One", "Two"] }, /“title” was sent more than once/],
    ["a detail sent as a file", { title: new File(["x"], "title.txt") }, /“title” must be text/],
    ["a second file", { file: new File(["x"], "second.txt") }, /one file at a time/],
    ["a bad address", { sourceUrl: "javascript:alert(1)" }, /http:\/\/ or https:\/\//],
  ])("an upload with %s is a 400 and writes nothing", async (_name, fields, message) => {
    const w = await workspaceWithEveryRole();
    const res = await post(w.editor.id, w.slug, upload(fields));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    expect(await db.document.count({ where: { workspaceId: w.ws.id } })).toBe(0);
  });

  it.each([
    [{ sourceUrl: "javascript:alert(1)" }, /http:\/\/ or https:\/\//],
    [{ publishedAt: "March 4" }, /YYYY-MM-DD/],
    [{ title: "x".repeat(201) }, /at most 200/],
  ])("bad values are a 400 with a message: %j", async (bad, message) => {
    const w = await workspaceWithEveryRole();
    const res = await post(w.editor.id, w.slug, { kind: "text", content: TEXT, ...bad });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
  });
});
