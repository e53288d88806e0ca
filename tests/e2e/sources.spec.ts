import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { importText } from "./helpers/documents";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { fixtureUrl } from "./support/fixture-site";
import { seedWorkspace } from "./support/seed";

// The workspace's Sources page and a source's own page, in a workspace of the test's own seeded
// through the API: sources of three kinds (a web page captured from the fixture site, a page that
// answers 404, an interview without a web address), search and type filter, the metadata editor
// with its version conflict, the citing claims with the "quote not found" flag, the capture
// history with Retry, and the captured text with the excerpts highlighted.

// The captures run in the e2e server's worker.
test.describe.configure({ timeout: 150_000 });

const FOUND = "the register holds 4,200 inspection entries";
const MISSING = "the register was never audited by anyone";

async function markClaim(request: APIRequestContext, slug: string, documentId: string, exact: string) {
  const doc = (await (await request.get(`/api/w/${slug}/documents/${documentId}`)).json()) as { document: { text: string } };
  const start = doc.document.text.indexOf(exact);
  expect(start, `“${exact}” is in the document`).toBeGreaterThanOrEqual(0);
  const res = await request.post(`/api/w/${slug}/claims`, { data: { documentId, start, end: start + exact.length, exact } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { claim: { id: string } }).claim.id;
}

async function createSource(request: APIRequestContext, slug: string, data: Record<string, string>) {
  const res = await request.post(`/api/w/${slug}/sources`, { data });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return ((await res.json()) as { source: { id: string; version: number } }).source;
}

async function cite(request: APIRequestContext, slug: string, claimId: string, sourceId: string, stance: string, excerpt: string) {
  const res = await request.post(`/api/w/${slug}/claims/${claimId}/evidence`, { data: { sourceId, stance, excerpt, note: "" } });
  expect(res.status(), await res.text()).toBe(201);
}

/** No sideways scrolling: the page is no wider than the viewport. */
async function expectNoHorizontalScroll(page: Page) {
  const width = page.viewportSize()!.width;
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test("the Sources page lists, searches and filters the library; a source's page edits its details, lists its citing claims and captures, and shows the captured text highlighted", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "sources" });
  try {
    const { page, context } = ws.owner;
    const { request } = context;
    const tag = randomUUID().slice(0, 8);

    // An empty library explains itself and offers to add one.
    await page.goto(`/w/${ws.slug}/sources`);
    await expect(page.getByRole("link", { name: "Sources", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { name: "No sources yet" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Added from the page: a source without a web address.
    await page.getByRole("button", { name: "Add source" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a source" });
    await dialog.getByText("No web address", { exact: true }).click();
    await dialog.getByLabel("Title", { exact: true }).fill(`Phone interview with the harbour master ${tag}`);
    await dialog.getByLabel("Description").fill("Called on 3 December; notes kept by the desk.");
    await expect(dialog.getByLabel("Type")).toHaveValue("INTERVIEW");
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole("button", { name: "Add to library" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Phone interview with the harbour master ${tag}`);
    await expect(page.getByText("No web address", { exact: true })).toBeVisible();

    // Through the API: a page the fixture site serves, one it answers 404 for, both cited below.
    const stats = await createSource(request, ws.slug, { url: fixtureUrl(`/records/inspection-statistics?for=${tag}`), title: "Annual inspection statistics", type: "OFFICIAL_RECORD" });
    const gone = await createSource(request, ws.slug, { url: fixtureUrl(`/gone/${tag}`), title: `Withdrawn press release ${tag}`, type: "STATEMENT", publisher: `Mayor’s press desk ${tag}` });
    const doc = await importText(
      request,
      ws.slug,
      [`Harbour figures ${tag}`, "The harbour office said that 4,200 containers were inspected last year.", "Critics replied that each move between berths was counted again."].join("\n\n"),
    );
    const counted = await markClaim(request, ws.slug, doc.id, "4,200 containers were inspected last year");
    const twice = await markClaim(request, ws.slug, doc.id, "each move between berths was counted again");
    await cite(request, ws.slug, counted, stats.id, "SUPPORTS", FOUND);
    await cite(request, ws.slug, twice, stats.id, "REFUTES", MISSING);

    await page.goto(`/w/${ws.slug}/sources`);
    await expect(page.locator('form[data-ready="true"]')).toBeAttached();
    const rows = page.getByTestId("source-row");
    await expect(rows).toHaveCount(3);
    const statsRow = rows.filter({ hasText: "Annual inspection statistics" });
    await expect(statsRow.getByTestId("source-usage")).toHaveText("Used by 2 claims in 1 document");
    await expect(statsRow).toContainText("Official record");
    await expect(rows.filter({ hasText: "Phone interview" }).getByTestId("source-usage")).toHaveText("Not cited yet");
    await expectNoSeriousA11yViolations(page);

    // Search by publisher, then by address; filter by type; sort by most cited.
    await page.getByLabel("Search").fill(`press desk ${tag}`);
    await page.getByLabel("Search").press("Enter");
    await expect(page).toHaveURL(/q=press\+desk/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(`Withdrawn press release ${tag}`);
    await page.getByLabel("Search").fill("inspection-statistics");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Annual inspection statistics");
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(rows).toHaveCount(3);
    await page.getByLabel("Type").selectOption("INTERVIEW");
    await expect(page).toHaveURL(/type=INTERVIEW/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Phone interview");
    await page.getByLabel("Type").selectOption("");
    await page.getByLabel("Sort").selectOption("cited");
    await expect(page).toHaveURL(/sort=cited/);
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText("Annual inspection statistics");

    // On a phone the list fits the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The source's page: the capture may still be running (the excerpts were cited before it
    // finished); the page follows it, and its recheck flags the excerpt the page lacks.
    await statsRow.getByRole("link", { name: "Annual inspection statistics" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Annual inspection statistics");
    const captures = page.getByTestId("capture");
    await expect(captures.first()).toHaveAttribute("data-status", "OK", { timeout: 60_000 });
    const citations = page.getByTestId("citation");
    await expect(citations).toHaveCount(2);
    const supporting = citations.filter({ hasText: "4,200 containers were inspected last year" });
    await expect(supporting.locator("[data-stance]")).toHaveText(/Supports/);
    await expect(supporting.getByTestId("quote-not-found")).toHaveCount(0);
    const refuting = citations.filter({ hasText: "each move between berths was counted again" });
    await expect(refuting.getByTestId("quote-not-found")).toBeVisible();
    await expect(supporting.getByRole("link", { name: "4,200 containers were inspected last year" })).toHaveAttribute("href", `/w/${ws.slug}/documents/${doc.id}?claim=${counted}`);
    await expectNoSeriousA11yViolations(page);

    // Edit the details.
    await page.getByRole("button", { name: "Edit details" }).click();
    await page.getByLabel("Publisher").fill("Harbour Office");
    await page.getByLabel("Reliability note").fill("The office's own count; the audit disputes it.");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Details saved.")).toBeVisible();
    await expect(page.locator("dd", { hasText: "The office's own count; the audit disputes it." })).toBeVisible();

    // A colleague saves first: the second save is refused with a conflict, and their version loads.
    await page.getByRole("button", { name: "Edit details" }).click();
    const current = (await (await request.get(`/api/w/${ws.slug}/sources/${stats.id}`)).json()) as { source: { version: number } };
    const theirs = await request.patch(`/api/w/${ws.slug}/sources/${stats.id}`, { data: { version: current.source.version, author: "A colleague's edit" } });
    expect(theirs.status(), await theirs.text()).toBe(200);
    await page.getByLabel("Author").fill("Someone else");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Someone else changed this source while you were editing." })).toBeVisible();
    await page.getByRole("button", { name: "Load their version" }).click();
    await expect(page.getByLabel("Author")).toHaveValue("A colleague's edit");
    await page.getByRole("button", { name: "Cancel" }).click();

    // The captured text, with the found excerpt marked and the other one listed as missing.
    await page.getByRole("link", { name: "Read the newest capture with the excerpts highlighted" }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/${stats.id}\\?snapshot=[0-9a-f-]+$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Captured copy");
    await expect(page.getByTestId("snapshot-text").locator("mark")).toHaveText(/register holds 4,200 inspection entries/);
    const legend = page.getByTestId("excerpt-legend-item");
    await expect(legend.filter({ hasText: FOUND })).toHaveAttribute("data-found", "true");
    await expect(legend.filter({ hasText: MISSING })).toContainText("Not found in this capture");
    await expect(page.getByRole("link", { name: /View archived page/ })).toHaveAttribute("target", "_blank");
    await expectNoSeriousA11yViolations(page);

    // A page that answers 404: the failure and its reason, and Retry adds a second capture.
    await page.goto(`/w/${ws.slug}/sources/${gone.id}`);
    await expect(captures.first()).toHaveAttribute("data-status", "FAILED", { timeout: 60_000 });
    await expect(page.getByText("Capture failed").first()).toBeVisible();
    await expect(captures.first()).toContainText("Why:");
    await page.getByRole("button", { name: "Retry capture" }).click();
    await expect(captures).toHaveCount(2);
    await expect(captures.first()).toHaveAttribute("data-status", "FAILED", { timeout: 60_000 });
    await expect(page.getByRole("button", { name: "Retry capture" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // A viewer reads the library and the source's page, with nothing to change.
    const viewer = await ws.addMember("viewer", "VIEWER");
    await viewer.page.goto(`/w/${ws.slug}/sources`);
    await expect(viewer.page.getByTestId("source-row")).toHaveCount(3);
    await expect(viewer.page.getByRole("button", { name: "Add source" })).toHaveCount(0);
    await viewer.page.goto(`/w/${ws.slug}/sources/${stats.id}`);
    await expect(viewer.page.getByTestId("citation")).toHaveCount(2);
    await expect(viewer.page.getByRole("button", { name: "Edit details" })).toHaveCount(0);
    await expect(viewer.page.getByRole("button", { name: /Re-fetch|Retry capture/ })).toHaveCount(0);
  } finally {
    await ws.close();
  }
});

// The smallest valid PNG (1×1 pixel).
const PNG_1PX = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

test("a file source: a script named .pdf is refused with a message, an image is added, previewed and downloadable", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "uploads" });
  try {
    const { page } = ws.owner;
    await page.goto(`/w/${ws.slug}/sources`);
    await page.getByRole("button", { name: "Add source" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a source" });
    await dialog.getByText("File", { exact: true }).click();
    await dialog.getByLabel("File", { exact: true }).setInputFiles({ name: "minutes.pdf", mimeType: "application/pdf", buffer: Buffer.from("<script>alert(1)</script>") });
    await dialog.getByRole("button", { name: "Add to library" }).click();
    await expect(dialog).toContainText("is not a PDF, PNG, JPEG or WebP file");
    await expectNoSeriousA11yViolations(page);

    await dialog.getByLabel("File", { exact: true }).setInputFiles({ name: "berth-plan.png", mimeType: "image/png", buffer: PNG_1PX });
    await dialog.getByLabel("Title (optional)").fill("Berth plan, photographed at the harbour office");
    await dialog.getByRole("button", { name: "Add to library" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Berth plan, photographed at the harbour office");
    await expect(page.getByText("Uploaded file", { exact: true })).toBeVisible();
    const preview = page.getByRole("img", { name: "The uploaded file berth-plan.png" });
    await expect(preview).toBeVisible();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /^Download/ }).click();
    expect((await download).suggestedFilename()).toBe("berth-plan.png");
    await expectNoSeriousA11yViolations(page);
  } finally {
    await ws.close();
  }
});
