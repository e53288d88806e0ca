import { createServer } from "node:http";
import { createRequire } from "node:module";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { seedWorkspace } from "./support/seed";
import { article, importText } from "./helpers/documents";

// From approved to public: the owner publishes; a reader opens the page anonymously with
// JavaScript off; the JSON-LD validates; the feed carries it; another site frames the card; then a
// correction goes through sign-off again and the page shows its history.

test.describe.configure({ timeout: 150_000 });

const require = createRequire(import.meta.url);
const { structuredDataTest } = require("structured-data-testing-tool") as { structuredDataTest: (html: string, o: object) => Promise<{ failed: unknown[] }> };
const { Google } = require("structured-data-testing-tool/presets") as { Google: unknown };

const QUOTE = "4,200 containers were inspected last year";
const doc1 = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The harbour office confirmed the lower figure." }] }] };

async function ok<T>(res: Promise<import("@playwright/test").APIResponse>): Promise<T> {
  const r = await res;
  expect(r.ok(), await r.text()).toBe(true);
  return (await r.json()) as T;
}

type TState = { claimVersion: number; signOffHash: string; status: string };

async function approvedClaim(owner: APIRequestContext, reviewer: APIRequestContext, slug: string) {
  await ok(owner.patch(`/api/w/${slug}`, { data: { requiredApprovals: 1 } }));
  const doc = await importText(owner, slug, article().text);
  const text = (await ok<{ document: { text: string } }>(owner.get(`/api/w/${slug}/documents/${doc.id}`))).document.text;
  const start = text.indexOf(QUOTE);
  const claimId = (await ok<{ claim: { id: string } }>(owner.post(`/api/w/${slug}/claims`, { data: { documentId: doc.id, start, end: start + QUOTE.length, exact: QUOTE } }))).claim.id;
  const ev = await ok<{ evidence: { id: string } }>(
    owner.post(`/api/w/${slug}/claims/${claimId}/evidence`, { data: { source: { title: "Harbour office statistics", description: "Annual inspection report.", type: "OFFICIAL_RECORD" }, stance: "REFUTES", excerpt: "about 2,100 containers", note: "" } }),
  );
  const base = `/api/w/${slug}/claims/${claimId}`;
  const st = () => ok<TState>(owner.get(`${base}/review`));
  await ok(owner.post(`${base}/workflow`, { data: { action: "start_research", claimVersion: (await st()).claimVersion } }));
  await ok(owner.post(`${base}/verdicts`, { data: { claimVersion: (await st()).claimVersion, rating: "Mostly false", summary: "About 2,100 containers were inspected, not 4,200.", rationale: doc1, evidenceIds: [ev.evidence.id] } }));
  await ok(owner.post(`${base}/workflow`, { data: { action: "submit_for_review", claimVersion: (await st()).claimVersion } }));
  const s = await ok<TState>(reviewer.get(`${base}/review`));
  await ok(reviewer.post(`${base}/reviews`, { data: { decision: "approve", claimVersion: s.claimVersion, signOffHash: s.signOffHash } }));
  return { claimId, evidenceId: ev.evidence.id, base };
}

test("publish an approved verdict, read it anonymously without JavaScript, embed it, then correct it", async ({ browser, baseURL }) => {
  const ws = await seedWorkspace(browser);
  try {
    const reviewer = await ws.addMember("reviewer", "REVIEWER");
    const owner = ws.owner;
    const { claimId, evidenceId, base } = await approvedClaim(owner.context.request, reviewer.context.request, ws.slug);

    // 1. The owner publishes from the review view, choosing the address first.
    const p = owner.page;
    await p.goto(`/w/${ws.slug}/claims/${claimId}`);
    await expect(p.getByTestId("claim-status").first()).toHaveText("Approved");
    const panel = p.getByTestId("publishing-panel");
    await panel.getByLabel("Public address").fill("harbour-inspections");
    await panel.getByRole("button", { name: "Save address" }).click();
    await expect(panel.getByRole("status")).toHaveText("Address saved; publishing will use it.");
    await p.getByRole("group", { name: "Workflow actions" }).getByRole("button", { name: "Publish" }).click();
    await expect(p.getByTestId("claim-status").first()).toHaveText("Published");
    await expect(p.getByTestId("public-link")).toContainText("Published · public page v1");
    await expectNoSeriousA11yViolations(p);
    const path = `/p/${ws.slug}/harbour-inspections`;

    // 2. A reader in a fresh context, JavaScript disabled: the page reads fully.
    const reader = await browser.newContext({ javaScriptEnabled: false });
    const r = await reader.newPage();
    const res = await r.goto(path);
    expect(res?.status()).toBe(200);
    await expect(r.getByRole("heading", { level: 1 })).toHaveText(QUOTE);
    await expect(r.getByLabel("Verdict")).toContainText("Mostly false");
    await expect(r.getByLabel("Verdict")).toContainText("About 2,100 containers were inspected, not 4,200.");
    await expect(r.getByRole("link", { name: "Methodology" })).toBeVisible();
    const html = await r.content();
    expect(html).not.toContain(owner.email);
    const report = await structuredDataTest(html, { presets: [Google], schemas: ["ClaimReview"] });
    expect(report.failed).toEqual([]);
    // No JavaScript is sent at all.
    expect(await r.locator("script:not([type='application/ld+json'])").count()).toBe(0);
    await r.screenshot({ path: test.info().outputPath("public-page.png"), fullPage: true });

    // axe needs its script: an anonymous context with JavaScript on.
    const anon = await browser.newContext();
    const a = await anon.newPage();
    await a.goto(path);
    await expectNoSeriousA11yViolations(a);
    await a.goto(`/p/${ws.slug}`);
    await expect(a.getByRole("link", { name: QUOTE })).toBeVisible();
    await expectNoSeriousA11yViolations(a);

    // 3. The feed has the item.
    const feed = await (await anon.request.get(`/p/${ws.slug}/feed.xml`)).text();
    expect(feed).toContain(`${path}</link>`);

    // 4. Another site (a real server of its own on 127.0.0.1: another origin) frames the card.
    const other = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><title>Other site</title><iframe title="Fact check" src="${baseURL}${path}/embed" width="560" height="220"></iframe>`),
    );
    await new Promise<void>((r) => other.listen(0, "127.0.0.1", () => r()));
    await a.goto(`http://127.0.0.1:${(other.address() as { port: number }).port}/`);
    await expect(a.frameLocator("iframe").getByText("Mostly false")).toBeVisible();
    await expect(a.frameLocator("iframe").getByRole("link", { name: /Read the full fact check/ })).toHaveAttribute("href", `${baseURL}${path}`);
    other.close();

    // 5. A correction: reopened, revised, approved again, then published with a public note.
    const oreq = owner.context.request;
    const st = () => ok<TState>(oreq.get(`${base}/review`));
    await ok(oreq.post(`${base}/workflow`, { data: { action: "reopen", claimVersion: (await st()).claimVersion, reason: "The office revised its figure." } }));
    await ok(oreq.post(`${base}/verdicts`, { data: { claimVersion: (await st()).claimVersion, rating: "False", summary: "The office now says 1,900 containers were inspected, not 4,200.", rationale: doc1, evidenceIds: [evidenceId] } }));
    await ok(oreq.post(`${base}/workflow`, { data: { action: "submit_for_review", claimVersion: (await st()).claimVersion } }));
    const s = await ok<TState>(reviewer.context.request.get(`${base}/review`));
    await ok(reviewer.context.request.post(`${base}/reviews`, { data: { decision: "approve", claimVersion: s.claimVersion, signOffHash: s.signOffHash } }));
    await p.reload();
    await p.getByRole("group", { name: "Workflow actions" }).getByRole("button", { name: "Publish correction…" }).click();
    const dialog = p.getByRole("dialog");
    await dialog.getByTestId("reason-input").fill("The harbour office revised its count from 2,100 to 1,900.");
    await dialog.getByRole("button", { name: "Publish correction" }).click();
    await expect(p.getByTestId("claim-status").first()).toHaveText("Corrected");

    // The page changes as soon as the correction is published (each process's cache hears of it).
    await expect
      .poll(async () => {
        await r.goto(path);
        return r.getByLabel("Verdict").textContent();
      }, { timeout: 10_000 })
      .toContain("The office now says 1,900");
    await expect(r.getByLabel("Verdict")).toContainText("False");
    const history = r.locator(".history");
    await expect(history).toContainText("Corrected: rating changed from “Mostly false” to “False”.");
    await expect(history).toContainText("The harbour office revised its count from 2,100 to 1,900.");
    await history.getByRole("link", { name: "Version 1" }).click();
    await expect(r.getByRole("note")).toContainText("You are reading version 1");
    await expect(r.getByLabel("Verdict")).toContainText("Mostly false");
    await r.goto(path);
    await r.screenshot({ path: test.info().outputPath("public-page-corrected.png"), fullPage: true });
    await reader.close();
    await anon.close();
  } finally {
    await ws.close();
  }
});
