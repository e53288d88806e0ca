import { describe, expect, it } from "vitest";
import { GET as GET_ONE } from "@/app/api/w/[slug]/documents/[id]/route";
import { POST } from "@/app/api/w/[slug]/documents/route";
import { db } from "@/lib/db";
import type { TDocumentSummaryDto } from "@/lib/domain/documents/document-dto";
import { createAuthSession } from "@/lib/server/auth/create-auth-session";
import { importDocument } from "@/lib/server/documents/import-document";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { actorOf, workspaceWithEveryRole } from "./helpers";

// Fresh text, written for this test: a blog post pasted with its header, navigation and comment thread.
const PASTE = [
  "Ferry Terminal Opens Two Years Late",
  "Cost nearly doubled, board figures show",
  "By Ana Lima",
  "March 4, 2024",
  "https://news.example.org/ferry-terminal",
  "",
  "The county's new ferry terminal opened on Monday, two years later than planned and at almost twice the budgeted cost, according to figures released by the harbour board.",
  "",
  "Officials blamed the delay on a shortage of steel and on a redesign of the passenger ramp, which inspectors had found too steep for wheelchairs during the first safety review.",
  "",
  "Passenger groups welcomed the opening but said the timetable still leaves shift workers without a late crossing on weekdays.",
  "",
  "Previous Post",
  "Next Post",
  "",
  "  1. Great piece, but the budget figures look wrong to me.",
  "",
  "    Agreed, the board's own report says otherwise.",
  "  2. Who signed off on the ramp?",
  "",
  "Comments are closed.",
].join("\n");

describe("an imported article is stored without its byline, date, address and comments; the original keeps them", () => {
  it("pasted text", async () => {
    const w = await workspaceWithEveryRole();
    const summary = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content: PASTE });
    const doc = await db.document.findUniqueOrThrow({ where: { id: summary.id }, include: { original: true } });
    expect(doc).toMatchObject({ title: "Ferry Terminal Opens Two Years Late", author: "Ana Lima", sourceUrl: "https://news.example.org/ferry-terminal" });
    expect(doc.publishedAt?.toISOString().slice(0, 10)).toBe("2024-03-04");
    expect(doc.text.startsWith("Ferry Terminal Opens Two Years Late\n\nCost nearly doubled, board figures show\n\nThe county's new ferry terminal opened on Monday")).toBe(true);
    expect(doc.text.endsWith("without a late crossing on weekdays.")).toBe(true);
    for (const gone of ["By Ana Lima", "March 4", "https://", "Previous Post", "Great piece", "Who signed off", "Comments are closed"]) expect(doc.text).not.toContain(gone);
    expect(JSON.stringify(doc.content)).not.toContain("orderedList");
    expect(doc.original?.text).toBe(PASTE);
    expect(doc.original?.leftOut).toEqual([expect.stringMatching(/^Left out what looks like reader comments \(\d+ words, starting “Great piece/)]);
    expect(summary.original?.leftOut).toEqual(doc.original?.leftOut);
  });

  it("an upload through the API says what was left out, in its answer and in later reads", async () => {
    const w = await workspaceWithEveryRole();
    const sessionId = await createAuthSession({ userId: w.editor.id, userAgent: "vitest", ip: "127.0.0.1" });
    const { secret } = await createApiToken({ actor: { userId: w.editor.id, via: "session", sessionId }, name: "left out test" });
    const form = new FormData();
    form.set("file", new File([PASTE], "ferry.txt", { type: "text/plain" }));
    const res = await POST(
      new Request(`http://localhost/api/w/${w.slug}/documents`, { method: "POST", headers: { authorization: `Bearer ${secret}` }, body: form }),
      { params: Promise.resolve({ slug: w.slug }) },
    );
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: TDocumentSummaryDto };
    expect(document.original?.leftOut).toEqual([expect.stringMatching(/^Left out what looks like reader comments .*The original import keeps them\.$/)]);

    const read = await GET_ONE(new Request(`http://localhost/api/w/${w.slug}/documents/${document.id}`, { headers: { authorization: `Bearer ${secret}` } }), {
      params: Promise.resolve({ slug: w.slug, id: document.id }),
    });
    expect(((await read.json()) as { document: TDocumentSummaryDto }).document.original?.leftOut).toEqual(document.original?.leftOut);
  });

  it("an article with nothing to leave out says so with an empty list", async () => {
    const w = await workspaceWithEveryRole();
    const summary = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content: PASTE.slice(0, PASTE.indexOf("Previous Post")) });
    expect(summary.original?.leftOut).toEqual([]);
  });
});
