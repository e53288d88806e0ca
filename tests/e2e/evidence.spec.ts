import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { fixtureUrl } from "./support/fixture-site";
import { seedWorkspace } from "./support/seed";
import { article, importText, openDocument } from "./helpers/documents";
import { claimItem, claimsPanelOf } from "./helpers/claims";

// Evidence from the document page: three sources with three stances, attached in the panel the
// way a fact-checker does it (a pasted URL whose details fill in, a library pick, a source without
// a URL); the summary in the panel and on the Claims page; the archived snapshot with the excerpt
// highlighted; a viewer reads it all and changes nothing.

// Two people open the document, the capture runs in the server's worker: roomy on two cores.
test.describe.configure({ timeout: 150_000 });

const REFUTING = "The auditors found that 2,100 containers were inspected";
const SUPPORTING = "the register holds 4,200 inspection entries";

async function markClaim(request: APIRequestContext, slug: string, documentId: string, exact: string) {
  const doc = (await (await request.get(`/api/w/${slug}/documents/${documentId}`)).json()) as { document: { text: string } };
  const start = doc.document.text.indexOf(exact);
  expect(start).toBeGreaterThanOrEqual(0);
  const res = await request.post(`/api/w/${slug}/claims`, { data: { documentId, start, end: start + exact.length, exact } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { claim: { id: string } }).claim.id;
}

const evidenceOf = (page: Page) => claimsPanelOf(page).getByTestId("evidence-item");

test("attach three sources with different stances to a claim, see the summary, open the snapshot with the excerpt highlighted", async ({ browser }) => {
  const ws = await seedWorkspace(browser);
  try {
    const { page, context } = ws.owner;
    const { request } = context;
    const a = article();
    const doc = await importText(request, ws.slug, a.text);
    const quote = "4,200 containers were inspected last year";
    await markClaim(request, ws.slug, doc.id, quote);
    await markClaim(request, ws.slug, doc.id, "counted each container twice");
    // Already in the library (someone cited it elsewhere): picked by autocomplete below.
    const lib = await request.post(`/api/w/${ws.slug}/sources`, {
      data: { url: fixtureUrl("/records/inspection-statistics"), title: "Annual inspection statistics", type: "OFFICIAL_RECORD" },
    });
    expect(lib.status(), await lib.text()).toBeLessThan(300);

    await openDocument(page, doc.path);
    const item = claimItem(page, quote);
    await item.getByRole("button", { name: /^Edit claim/ }).click();
    const section = item.getByTestId("evidence-section");
    await expect(section).toContainText("No sources yet");

    // 1. A pasted URL: the page's title and publisher fill in; stance Refutes.
    await section.getByRole("button", { name: "Add evidence" }).click();
    const form = section.getByTestId("add-evidence-form");
    await form.getByRole("combobox", { name: "Source" }).fill(fixtureUrl("/articles/harbour-audit"));
    await expect(form.getByLabel("Title (optional)")).toHaveValue("Harbour audit finds containers counted twice");
    await expect(form.getByLabel("Publisher")).toHaveValue("Port Ledger");
    await form.getByLabel("Type").selectOption("NEWS_REPORT");
    await form.getByText("Refutes", { exact: true }).click();
    await form.getByLabel("Excerpt").fill(REFUTING);
    await expectNoSeriousA11yViolations(page);
    await form.getByRole("button", { name: "Add evidence" }).click();
    await expect(evidenceOf(page)).toHaveCount(1);

    // 2. From the library, with the keyboard.
    await section.getByRole("button", { name: "Add evidence" }).click();
    const combo = form.getByRole("combobox", { name: "Source" });
    await combo.fill("inspection stat");
    await expect(form.getByRole("option", { name: /Annual inspection statistics/ })).toBeVisible();
    await combo.press("ArrowDown");
    await combo.press("ArrowUp");
    await combo.press("Enter");
    await expect(form.getByTestId("picked-source")).toHaveText("Annual inspection statistics");
    await form.getByText("Supports", { exact: true }).click();
    await form.getByLabel("Excerpt").fill(SUPPORTING);
    await form.getByRole("button", { name: "Add evidence" }).click();
    await expect(evidenceOf(page)).toHaveCount(2);

    // 3. No URL: an interview. Markup in the note is shown as text.
    await section.getByRole("button", { name: "Add evidence" }).click();
    await form.getByRole("button", { name: /No URL/ }).click();
    await form.getByLabel("Title").fill("Phone interview with the harbour master");
    await form.getByLabel("Type").selectOption("INTERVIEW");
    await form.getByLabel("Description").fill("Called on 3 December; notes kept by the desk.");
    await form.getByText("Context", { exact: true }).click();
    await form.getByLabel("Note").fill("Moves between berths are <b>routine</b>.");
    await form.getByRole("button", { name: "Add evidence" }).click();
    await expect(evidenceOf(page)).toHaveCount(3);
    await expect(evidenceOf(page).nth(2)).toContainText("Moves between berths are <b>routine</b>.");

    // The summary, in the open claim and on its entry in the list.
    await expect(section.getByTestId("stance-summary").first()).toContainText("1 refutes · 1 supports · 1 context");
    await expect(item.locator("[data-claim-nav]").getByTestId("stance-summary")).toContainText("1 refutes · 1 supports · 1 context");

    // Reorder with the keyboard-reachable buttons: the interview moves to the top.
    await evidenceOf(page).nth(2).getByRole("button", { name: "Move evidence 3 up" }).click();
    await expect(evidenceOf(page).nth(1)).toContainText("Phone interview with the harbour master");
    await evidenceOf(page).nth(1).getByRole("button", { name: "Move evidence 2 up" }).click();
    await expect(evidenceOf(page).nth(0)).toContainText("Phone interview with the harbour master");

    // The capture of the pasted page finishes in the background; the panel follows it.
    const audit = evidenceOf(page).filter({ hasText: "Harbour audit finds containers counted twice" });
    await expect(audit.getByTestId("snapshot-state")).toHaveAttribute("data-status", "OK", { timeout: 60_000 });
    await expect(audit.getByTestId("quote-not-found")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // Survives a reload: the order and the summary come from the server.
    await openDocument(page, doc.path);
    await claimItem(page, quote).getByRole("button", { name: /^Edit claim/ }).click();
    await expect(evidenceOf(page).nth(0)).toContainText("Phone interview with the harbour master");
    await expect(evidenceOf(page)).toHaveCount(3);

    // The snapshot: the captured text with the excerpt highlighted.
    await evidenceOf(page).filter({ hasText: "Harbour audit finds containers counted twice" }).getByRole("link", { name: "View snapshot" }).click();
    await expect(page).toHaveURL(/\/sources\/[0-9a-f-]+\?snapshot=/);
    await expect(page.locator("mark", { hasText: REFUTING })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The Claims page: the column, and the "Has no evidence" filter leaves only the other claim.
    await page.goto(`/w/${ws.slug}/claims`);
    await expect(page.locator("form[data-ready='true']")).toBeAttached();
    const row = page.getByTestId("claims-table").locator("tbody tr", { hasText: quote });
    await expect(row.getByTestId("stance-summary")).toContainText("1 refutes · 1 supports · 1 context");
    await page.locator("label", { hasText: "Has no evidence" }).click();
    await expect(page).toHaveURL(/evidence=none/);
    await expect(page.getByTestId("claims-table").locator("tbody tr")).toHaveCount(1);
    await expect(page.getByTestId("claims-table").locator("tbody tr").first()).toContainText("counted each container twice");

    // A viewer reads the evidence and has no controls to change it.
    const viewer = await ws.addMember("viewer", "VIEWER");
    await openDocument(viewer.page, doc.path, { editable: false });
    const seen = claimItem(viewer.page, quote);
    await seen.getByRole("button", { name: /^Details of claim/ }).click();
    await expect(seen.getByTestId("evidence-item")).toHaveCount(3);
    await expect(seen.getByRole("button", { name: "Add evidence" })).toHaveCount(0);
    await expect(seen.getByRole("button", { name: /^Remove evidence/ })).toHaveCount(0);
  } finally {
    await ws.close();
  }
});
