import { afterAll, describe, expect, it } from "vitest";
import { DELETE, GET as GET_ONE, PATCH } from "@/app/api/w/[slug]/sources/[id]/route";
import { GET, POST } from "@/app/api/w/[slug]/sources/route";
import { db } from "@/lib/db";
import type { TSourceDetail, TSourceDto, TSourceList } from "@/lib/domain/evidence/source-dto";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { trashDocument } from "@/lib/server/documents/trash-document";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { createClaim } from "@/lib/server/claims/create-claim";
import { createSource, type TCreateSourceInput } from "@/lib/server/sources/create-source";
import { deleteSource } from "@/lib/server/sources/delete-source";
import { getSource } from "@/lib/server/sources/get-source";
import { listSources } from "@/lib/server/sources/list-sources";
import { updateSource } from "@/lib/server/sources/update-source";
import { startLocalServer } from "../fetch/local-server";
import { actorOf, call, capturedSnapshot, codeOf, ctx, errorOf, evidenceRows, evidenceWorld, rangeOf, seedDoc, tokenFor } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

describe("the source library: de-duplication", () => {
  it("the same page under different spellings is one source; only the first call creates it (one capture, one audit event)", async () => {
    const { w } = await evidenceWorld();
    const actor = actorOf(w.editor);
    const variants = [
      "https://Stats.Example/labour/unemployment/?utm_source=newsletter&utm_medium=email",
      "https://stats.example:443/labour/unemployment#table-2",
      "HTTPS://STATS.EXAMPLE/labour/unemployment?fbclid=abc123",
      "https://stats.example/labour/unemployment/",
    ];
    const results = [];
    for (const url of variants) results.push(await createSource({ actor, workspaceSlug: w.slug, url, type: "DATASET" }));
    expect(results.map((r) => r.created)).toEqual([true, false, false, false]);
    expect(new Set(results.map((r) => r.source.id)).size).toBe(1);
    const rows = await db.source.findMany({ where: { workspaceId: w.ws.id } });
    expect(rows).toHaveLength(1);
    // What the user gave first is kept for display and fetching; the key is the normalized form.
    expect(rows[0]).toMatchObject({ url: variants[0], normalizedUrl: "https://stats.example/labour/unemployment", title: "stats.example/labour/unemployment", type: "DATASET" });
    expect(await db.sourceSnapshot.count({ where: { sourceId: rows[0]!.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "source.created" } })).toBe(1);
    // www. may be another site: kept apart.
    expect((await createSource({ actor, workspaceSlug: w.slug, url: "https://www.stats.example/labour/unemployment" })).created).toBe(true);
  });

  it("concurrent creators of one new URL end with one row, one capture, and all of them get it", async () => {
    const { w } = await evidenceWorld();
    const people = [w.owner, w.admin, w.editor, w.reviewer, w.target, w.coOwner];
    const results = await Promise.all(
      people.map((p, i) => createSource({ actor: actorOf(p), workspaceSlug: w.slug, url: `https://race.example/report${i % 2 ? "/" : ""}?utm_campaign=${i}` })),
    );
    expect(new Set(results.map((r) => r.source.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.source.count({ where: { workspaceId: w.ws.id } })).toBe(1);
    expect(await db.sourceSnapshot.count({ where: { workspaceId: w.ws.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "source.created" } })).toBe(1);
  });

  it("concurrent evidence citing one new URL on two claims shares one source", async () => {
    const { w, claim, other } = await evidenceWorld();
    const [a, b] = await Promise.all([
      addEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, claimId: claim.id, source: { url: "https://race.example/shared?gclid=1" }, stance: "REFUTES" }),
      addEvidence({ actor: actorOf(w.reviewer), workspaceSlug: w.slug, claimId: other.id, source: { url: "https://race.example/shared" }, stance: "CONTEXT" }),
    ]);
    expect(a.source.id).toBe(b.source.id);
    expect(await db.source.count({ where: { workspaceId: w.ws.id } })).toBe(1);
    expect(await db.evidence.count({ where: { workspaceId: w.ws.id } })).toBe(2);
  });

  it("is per workspace: the same URL in another workspace is another source", async () => {
    const a = await evidenceWorld();
    const b = await evidenceWorld();
    const url = "https://stats.example/shared-across";
    const one = await createSource({ actor: actorOf(a.w.editor), workspaceSlug: a.w.slug, url });
    const two = await createSource({ actor: actorOf(b.w.editor), workspaceSlug: b.w.slug, url });
    expect(two.created).toBe(true);
    expect(two.source.id).not.toBe(one.source.id);
  });
});

describe("creating sources: validation", () => {
  it.each([
    ["not a URL", { url: "stats dot example" }, /url: That is not a web address/],
    ["no scheme", { url: "stats.example/report" }, /url: That is not a web address/],
    ["ftp", { url: "ftp://stats.example/report.csv" }, /url: Only http:\/\/ and https:\/\//],
    ["javascript", { url: "javascript:alert(document.cookie)" }, /url: Only http:\/\/ and https:\/\//],
    ["credentials", { url: "https://desk:hunter2@stats.example/report" }, /url: Remove the user name and password/],
    ["a NUL in the URL", { url: "https://stats.example/a\u0000b" }, /url: A web address cannot contain/],
    ["no URL, no title", { description: "A phone call" }, /title: A source without a web address needs a title and a description/],
    ["no URL, no description", { title: "Phone call" }, /description: A source without a web address needs a title and a description/],
    ["a bad type", { url: "https://stats.example/a", type: "BLOG" }, /type: type must be one of/],
    ["a bad date", { url: "https://stats.example/a", publishedAt: "2025-02-30" }, /publishedAt: Enter a real date/],
    ["an unknown field", { url: "https://stats.example/a", normalizedUrl: "https://evil.example/" }, /Unrecognized key/],
  ])("%s: 400 with a message, nothing written", async (_name, body, message) => {
    const { w } = await evidenceWorld();
    const token = await tokenFor(w.editor.id);
    const before = await evidenceRows(w.ws.id);
    const res = await POST(call(token, `/api/w/${w.slug}/sources`, { method: "POST", json: body }), ctx({ slug: w.slug }));
    const err = await errorOf(res);
    expect(err).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(err.message).toMatch(message);
    expect(await evidenceRows(w.ws.id)).toEqual(before);
  });

  it("fetches nothing itself: the source and a PENDING capture are stored, the page is not requested", async () => {
    const { w } = await evidenceWorld();
    let hits = 0;
    const server = await startLocalServer((_req, res) => {
      hits++;
      res.end("<title>Should not be read</title>");
    });
    try {
      const token = await tokenFor(w.editor.id);
      const res = await POST(call(token, `/api/w/${w.slug}/sources`, { method: "POST", json: { url: server.url("/page") } }), ctx({ slug: w.slug }));
      expect(res.status).toBe(201);
      const { source, created } = (await res.json()) as { source: TSourceDto; created: boolean };
      expect(created).toBe(true);
      expect(source).toMatchObject({ kind: "URL", url: server.url("/page"), title: `${server.host}/page`, usage: { evidence: 0, claims: 0, documents: 0 } });
      expect(source.latestSnapshot).toMatchObject({ status: "PENDING", fetchedAt: null });
      const snap = await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId: source.id } });
      expect(snap).toMatchObject({ status: "PENDING", attempts: 0, requestedUrl: server.url("/page"), requestedById: w.editor.id, text: null });
      expect(hits).toBe(0);
      // A second POST of the same page answers 200 with the existing source.
      const again = await POST(call(token, `/api/w/${w.slug}/sources`, { method: "POST", json: { url: server.url("/page/#x") } }), ctx({ slug: w.slug }));
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ created: false, source: { id: source.id } });
    } finally {
      await server.close();
    }
  });

  it("citing a page already in the library with its details fills the entry's empty fields, never what a member wrote", async () => {
    const { w } = await evidenceWorld();
    const url = "https://news.example.org/2026/port-report";
    const first = await createSource({ actor: actorOf(w.editor), workspaceSlug: w.slug, url, author: "A. Writer" });
    expect(first.source).toMatchObject({ title: "news.example.org/2026/port-report", author: "A. Writer", publisher: null });
    const again = await createSource({
      actor: actorOf(w.reviewer),
      workspaceSlug: w.slug,
      url: `${url}?utm_source=x`,
      title: "Port traffic report 2026",
      publisher: "Port Authority",
      author: "Someone Else",
      type: "OFFICIAL_RECORD",
    });
    expect(again.created).toBe(false);
    expect(again.source).toMatchObject({ id: first.source.id, title: "Port traffic report 2026", publisher: "Port Authority", author: "A. Writer", type: "OFFICIAL_RECORD" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: first.source.id, action: "source.updated" } });
    expect(audit).toMatchObject({ actorId: w.reviewer.id, data: { fields: ["title", "publisher", "type"], filledBlanks: true } });
    // A third citation with other details changes nothing: every field it names is filled now.
    const third = await createSource({ actor: actorOf(w.editor), workspaceSlug: w.slug, url, title: "Another title", publisher: "Other" });
    expect(third.source).toMatchObject({ title: "Port traffic report 2026", publisher: "Port Authority", version: again.source.version });
  });

  it("a source without a URL keeps its title and description; no capture is requested", async () => {
    const { w } = await evidenceWorld();
    const { source, created } = await createSource({
      actor: actorOf(w.reviewer),
      workspaceSlug: w.slug,
      title: "  Phone   interview with the harbour master ",
      description: "Called on 2 November 2026; notes in the shared drive.",
      type: "INTERVIEW",
      publishedAt: "2026-11-02",
      publisher: "",
    });
    expect(created).toBe(true);
    expect(source).toMatchObject({
      kind: "OFFLINE",
      url: null,
      title: "Phone interview with the harbour master",
      description: "Called on 2 November 2026; notes in the shared drive.",
      type: "INTERVIEW",
      publishedAt: "2026-11-02",
      publisher: null,
      latestSnapshot: null,
      createdBy: { id: w.reviewer.id },
      version: 1,
    });
    expect(await db.sourceSnapshot.count({ where: { sourceId: source.id } })).toBe(0);
    // Two offline sources with the same title are two sources (nothing to de-duplicate on).
    expect((await createSource({ actor: actorOf(w.reviewer), workspaceSlug: w.slug, title: "Phone interview with the harbour master", description: "A second call." })).created).toBe(true);
  });
});

describe("listing the library", () => {
  it("searches title, URL and publisher (a typed % is literal), filters by type, sorts and pages, with usage counts outside the trash", async () => {
    const { w, claim, other } = await evidenceWorld();
    const actor = actorOf(w.editor);
    const mk = (input: Omit<TCreateSourceInput, "workspaceSlug">) => createSource({ actor, workspaceSlug: w.slug, ...input }).then((r) => r.source);
    const survey = await mk({ url: "https://stats.example/lfs", title: "Labour force survey", publisher: "Statistics Office", type: "DATASET" });
    const speech = await mk({ url: "https://gov.example/speeches/mayor", title: "Mayor's speech", publisher: "City Hall", type: "STATEMENT" });
    const percent = await mk({ title: "Growth of 100% in ten years", description: "A printed leaflet.", type: "OTHER" });
    const news = await mk({ url: "https://news.example/ports", title: "Ports report", publisher: "Daily Statistics", type: "NEWS_REPORT" });

    // survey: cited by two claims of the live document; speech: by one claim of a trashed document.
    await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, sourceId: survey.id, stance: "REFUTES" });
    await addEvidence({ actor, workspaceSlug: w.slug, claimId: other.id, sourceId: survey.id, stance: "CONTEXT" });
    await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, sourceId: survey.id, stance: "CONTEXT" });
    const doomed = await seedDoc(w);
    const doomedClaim = await createClaim({ actor, workspaceSlug: w.slug, documentId: doomed.id, ...(await rangeOf(doomed.id, "Cargo volumes fell")) });
    await addEvidence({ actor, workspaceSlug: w.slug, claimId: doomedClaim.id, sourceId: speech.id, stance: "SUPPORTS" });
    await trashDocument({ actor, workspaceSlug: w.slug, documentId: doomed.id });

    const list = (q: Omit<Parameters<typeof listSources>[0], "actor" | "workspaceSlug">) => listSources({ actor: actorOf(w.viewer), workspaceSlug: w.slug, ...q });
    const ids = (l: TSourceList) => l.sources.map((s) => s.id);

    expect(ids(await list({}))).toEqual([news.id, percent.id, speech.id, survey.id]);
    expect(ids(await list({ sort: "title" }))).toEqual([percent.id, survey.id, speech.id, news.id]);
    expect(ids(await list({ sort: "cited" }))[0]).toBe(survey.id);
    expect(ids(await list({ q: "statistics" })).sort()).toEqual([survey.id, news.id].sort()); // publisher
    expect(ids(await list({ q: "GOV.EXAMPLE/speeches" }))).toEqual([speech.id]); // URL, any case
    expect(ids(await list({ q: "100%" }))).toEqual([percent.id]);
    expect(ids(await list({ q: "%" }))).toEqual([percent.id]);
    expect(ids(await list({ q: "_" }))).toEqual([]);
    expect(ids(await list({ type: ["DATASET", "STATEMENT"] })).sort()).toEqual([survey.id, speech.id].sort());
    expect(ids(await list({ type: "DATASET,NEWS_REPORT" })).sort()).toEqual([survey.id, news.id].sort());

    const page2 = await list({ pageSize: 3, page: 2 });
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(ids(page2)).toEqual([survey.id]);

    const all = Object.fromEntries((await list({})).sources.map((s) => [s.id, s]));
    expect(all[survey.id]!.usage).toEqual({ evidence: 3, claims: 2, documents: 1 });
    expect(all[speech.id]!.usage).toEqual({ evidence: 0, claims: 0, documents: 0 });
    expect(all[percent.id]!.usage).toEqual({ evidence: 0, claims: 0, documents: 0 });

    // Through the route: query parsed with the same schema, unknown keys and bad values refused.
    const token = await tokenFor(w.viewer.id);
    const res = await GET(call(token, `/api/w/${w.slug}/sources?q=survey&type=DATASET&sort=title&pageSize=5`), ctx({ slug: w.slug }));
    expect(res.status).toBe(200);
    expect(ids((await res.json()) as TSourceList)).toEqual([survey.id]);
    for (const bad of ["sort=popular", "type=BLOG", "pageSize=1000", "page=0", "workspaceSlug=x"]) {
      const r = await GET(call(token, `/api/w/${w.slug}/sources?${bad}`), ctx({ slug: w.slug }));
      expect({ bad, status: r.status }).toEqual({ bad, status: 400 });
    }
  });
});

describe("a source's page, edits and deletion", () => {
  it("shows its captures newest first and every citation outside the trash", async () => {
    const { w, claim, other } = await evidenceWorld();
    const actor = actorOf(w.editor);
    const { source } = await createSource({ actor, workspaceSlug: w.slug, url: "https://stats.example/lfs-2026" });
    await capturedSnapshot(w, source.id, "The unemployment rate rose to 5.4 percent in March.");
    await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, sourceId: source.id, stance: "REFUTES", excerpt: "rose to 5.4 percent" });
    await addEvidence({ actor, workspaceSlug: w.slug, claimId: other.id, sourceId: source.id, stance: "CONTEXT", excerpt: "fell by half" });

    const token = await tokenFor(w.viewer.id);
    const res = await GET_ONE(call(token, `/api/w/${w.slug}/sources/${source.id}`), ctx({ slug: w.slug, id: source.id }));
    expect(res.status).toBe(200);
    const { source: detail } = (await res.json()) as { source: TSourceDetail };
    expect(detail.snapshots.map((s) => s.status)).toEqual(["OK", "PENDING"]);
    expect(detail.snapshots[0]).not.toHaveProperty("text");
    expect(detail.latestSnapshot).toMatchObject({ id: detail.snapshots[0]!.id, status: "OK" });
    expect(detail.usage).toEqual({ evidence: 2, claims: 2, documents: 1 });
    expect(detail.citations).toHaveLength(2);
    expect(detail.citations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ claimId: claim.id, stance: "REFUTES", excerpt: "rose to 5.4 percent", excerptFound: true, documentTitle: expect.any(String), claimText: expect.any(String) }),
        expect.objectContaining({ claimId: other.id, stance: "CONTEXT", excerptFound: false }),
      ]),
    );
  });

  it("edits details with an optimistic version; the URL cannot be changed; an emptied title falls back to the address", async () => {
    const { w } = await evidenceWorld();
    const actor = actorOf(w.editor);
    const { source } = await createSource({ actor, workspaceSlug: w.slug, url: "https://stats.example/lfs", title: "LFS" });
    const updated = await updateSource({ actor, workspaceSlug: w.slug, sourceId: source.id, version: 1, publisher: "Statistics Office", reliabilityNote: "Official statistics, revised quarterly.", author: "" });
    expect(updated).toMatchObject({ publisher: "Statistics Office", reliabilityNote: "Official statistics, revised quarterly.", author: null, version: 2 });
    // A stale version: 409, nothing written.
    expect(await codeOf(updateSource({ actor, workspaceSlug: w.slug, sourceId: source.id, version: 1, title: "Other" }))).toBe("CONFLICT");
    expect(await codeOf(updateSource({ actor, workspaceSlug: w.slug, sourceId: source.id, version: 2 }))).toBe("BAD_REQUEST");
    expect((await updateSource({ actor, workspaceSlug: w.slug, sourceId: source.id, version: 2, title: "" })).title).toBe("stats.example/lfs");

    const token = await tokenFor(w.editor.id);
    const params = ctx({ slug: w.slug, id: source.id });
    const url = await PATCH(call(token, `/api/w/${w.slug}/sources/${source.id}`, { method: "PATCH", json: { version: 3, url: "https://evil.example/" } }), params);
    expect(url.status).toBe(400);
    const stale = await PATCH(call(token, `/api/w/${w.slug}/sources/${source.id}`, { method: "PATCH", json: { version: 1, title: "Again" } }), params);
    expect(await errorOf(stale)).toMatchObject({ status: 409, code: "CONFLICT" });
    const ok = await PATCH(call(token, `/api/w/${w.slug}/sources/${source.id}`, { method: "PATCH", json: { version: 3, type: "DATASET" } }), params);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ source: { type: "DATASET", version: 4, url: "https://stats.example/lfs" } });
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "source.updated" } })).toBe(3);

    // A source without a URL keeps a description.
    const { source: offline } = await createSource({ actor, workspaceSlug: w.slug, title: "Call", description: "A call." });
    expect(await codeOf(updateSource({ actor, workspaceSlug: w.slug, sourceId: offline.id, version: 1, description: "" }))).toBe("BAD_REQUEST");
    expect(await codeOf(updateSource({ actor, workspaceSlug: w.slug, sourceId: offline.id, version: 1, title: null }))).toBe("BAD_REQUEST");
  });

  it("deleting is refused (409) while evidence cites the source, even on a trashed document; allowed once uncited, captures go with it", async () => {
    const { w, claim, doc } = await evidenceWorld();
    const actor = actorOf(w.editor);
    const { source } = await createSource({ actor, workspaceSlug: w.slug, url: "https://stats.example/cited" });
    await capturedSnapshot(w, source.id, "Some text.");
    const ev = await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, sourceId: source.id, stance: "SUPPORTS" });

    const token = await tokenFor(w.editor.id);
    const params = ctx({ slug: w.slug, id: source.id });
    const refused = await DELETE(call(token, `/api/w/${w.slug}/sources/${source.id}`, { method: "DELETE" }), params);
    expect(await errorOf(refused)).toMatchObject({ status: 409, code: "CONFLICT", message: expect.stringMatching(/cited by 1 piece of evidence/) });

    await trashDocument({ actor, workspaceSlug: w.slug, documentId: doc.id });
    const stillRefused = await deleteSource({ actor, workspaceSlug: w.slug, sourceId: source.id }).catch((e: Error) => e.message);
    expect(stillRefused).toMatch(/documents in the trash/);
    expect(await db.source.count({ where: { id: source.id } })).toBe(1);

    await db.evidence.delete({ where: { id: ev.id } });
    const res = await DELETE(call(token, `/api/w/${w.slug}/sources/${source.id}`, { method: "DELETE" }), params);
    expect(res.status).toBe(204);
    expect(await db.source.count({ where: { id: source.id } })).toBe(0);
    expect(await db.sourceSnapshot.count({ where: { sourceId: source.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "source.deleted" } });
    expect(audit).toMatchObject({ actorId: w.editor.id, targetId: source.id, data: { title: "stats.example/cited", url: "https://stats.example/cited" } });
    expect(await codeOf(getSource({ actor, workspaceSlug: w.slug, sourceId: source.id }))).toBe("NOT_FOUND");
  });

  it("a source captured for years shows its newest 50 captures with the total", async () => {
    const { w } = await evidenceWorld();
    const actor = actorOf(w.editor);
    const { source } = await createSource({ actor, workspaceSlug: w.slug, url: "https://stats.example/daily" });
    const start = Date.now() - 60 * 86_400_000;
    await db.sourceSnapshot.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        workspaceId: w.ws.id,
        sourceId: source.id,
        status: "FAILED" as const,
        requestedUrl: "https://stats.example/daily",
        errorCode: "TIMEOUT",
        error: `Day ${i}`,
        createdAt: new Date(start + i * 86_400_000),
      })),
    });
    const detail = await getSource({ actor, workspaceSlug: w.slug, sourceId: source.id });
    expect(detail.snapshotCount).toBe(56);
    expect(detail.snapshots).toHaveLength(50);
    // The one requested with the source is the newest; then days 54, 53, …
    expect(detail.snapshots.slice(1, 3).map((s) => s.error)).toEqual(["Day 54", "Day 53"]);
    expect(detail.citationCount).toBe(0);
  });
});
