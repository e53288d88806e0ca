import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { DEMO_EDITOR, DEMO_WORKSPACE, newUser, signIn } from "./support/auth";
import { importText } from "./helpers/documents";

// The workspace claims page: every claim across documents, filtered, sorted and paged through the
// URL, linking into the document at the claim, exportable as CSV. It runs in the seeded demo
// workspace because two of its views check the demo's own claims (a detached one among them); the
// tests that change things make workspaces of their own, and every view here is narrowed by this
// test's tag all the same.

// The main test seeds 26 claims through the API and walks through a dozen views: about 45 s alone,
// near two minutes beside another test on a loaded two-core machine.
test.describe.configure({ timeout: 240_000 });

const base = `/w/${DEMO_WORKSPACE}/claims`;
const shoot = async (page: Page, name: string) => {
  // Screenshots for a person to look at while working on the page; off in normal runs.
  if (process.env.CLAIMS_SCREENSHOTS) await page.screenshot({ path: `${process.env.CLAIMS_SCREENSHOTS}-${name}.png`, fullPage: true });
};

type TSeed = { documentId: string; title: string; text: string };

async function importArticle(request: APIRequestContext, lines: string[]): Promise<TSeed> {
  const { id } = await importText(request, DEMO_WORKSPACE, lines.join("\n\n"));
  const res = await request.get(`/api/w/${DEMO_WORKSPACE}/documents/${id}`);
  expect(res.status()).toBe(200);
  const { document } = (await res.json()) as { document: { title: string; text: string } };
  return { documentId: id, title: document.title, text: document.text };
}

/** Marks `exact` (its first occurrence in the stored text) as a claim through the API. */
async function markClaim(request: APIRequestContext, doc: TSeed, exact: string, fields: Record<string, unknown> = {}) {
  const start = doc.text.indexOf(exact);
  expect(start, `“${exact}” is in the document`).toBeGreaterThanOrEqual(0);
  const res = await request.post(`/api/w/${DEMO_WORKSPACE}/claims`, { data: { documentId: doc.documentId, start, end: start + exact.length, exact, ...fields } });
  expect(res.status(), await res.text()).toBe(201);
  const { claim } = (await res.json()) as { claim: { id: string } };
  return claim.id;
}

const statusChip = (page: Page, status: string) => page.locator("label", { has: page.locator(`input[name="status"][value="${status}"]`) });
/** Opens the claims page and waits until its filter form reacts to changes (hydrated). */
async function openClaims(page: Page, query = "") {
  await page.goto(`${base}${query}`);
  await expect(page.locator('form[data-ready="true"]')).toBeAttached();
}
const rows = (page: Page) => page.getByTestId("claims-table").locator("tbody tr");

test("claims page: filter, sort and page through the URL, open a claim in its document, export the view as CSV", async ({ browser }) => {
  const context = await browser.newContext();
  const priya = { context, page: await context.newPage() };
  await signIn(priya.page, DEMO_EDITOR);
  const { request } = priya.context;
  const tag = randomUUID().slice(0, 8);
  const me = ((await (await request.get("/api/me")).json()) as { user: { id: string } }).user.id;

  // Two articles: a short one with three hand-made claims, a long one with enough claims for a second page.
  const harbour = await importArticle(request, [
    `Harbour audit ${tag} questions container counts`,
    `The harbour office said on Monday that 4,200 containers were inspected last year.`,
    `Critics replied that the figure counted each container twice when it was moved between berths.`,
  ]);
  const inspected = await markClaim(request, harbour, "4,200 containers were inspected last year", {
    text: `Harbour inspected 4,200 containers last year ${tag}`,
    claimant: "Harbour office",
    claimDate: "2026-03-02",
    checkworthiness: 5,
    assigneeId: me,
    tags: ["shipping"],
  });
  const twice = await markClaim(request, harbour, "counted each container twice", {
    text: `The count doubled containers moved between berths ${tag}`,
    claimant: "Critics",
    claimDate: "2026-03-03",
    checkworthiness: 2,
    status: "RESEARCHING",
  });
  const council = await importArticle(request, [
    `Council budget ${tag} in figures`,
    ...Array.from({ length: 24 }, (_, i) => `Figure ${i + 1} of the council: spending rose by ${i + 10} percent in district ${i + 1}.`),
  ]);
  // A few at a time (the server serialises them on the document's row lock anyway); all are newer than the harbour's.
  for (let from = 0; from < 24; from += 6) {
    await Promise.all(
      Array.from({ length: 6 }, (_, k) => from + k).map((i) =>
        markClaim(request, council, `spending rose by ${i + 10} percent in district ${i + 1}`, { text: `District ${i + 1} spending rose ${i + 10}% ${tag}` }),
      ),
    );
  }
  // 26 claims with this tag; 25 a page.

  const page = priya.page;
  await test.step("the whole workspace's claims (the demo's own among them)", async () => {
    await openClaims(page);
    await expect(rows(page).first()).toBeVisible();
    await shoot(page, "workspace");
  });

  await test.step("all of this test's claims, newest first, over two pages", async () => {
    await openClaims(page, `?q=${tag}`);
    await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
    await expect(page.getByText("Showing 1–25 of 26 claims")).toBeVisible();
    await expect(rows(page)).toHaveCount(25);
    // Newest first: council claims lead; the first harbour claim, the oldest, is alone on page 2.
    await expect(rows(page).first()).toContainText(council.title);
    await expect(rows(page).nth(24)).toHaveAttribute("data-claim-id", twice);
    await shoot(page, "list");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(rows(page)).toHaveCount(1);
    await expect(page.getByText("Showing 26–26 of 26 claims")).toBeVisible();
    await expect(rows(page).first()).toContainText(`Harbour inspected 4,200 containers last year ${tag}`);
    await page.goBack();
    await expect(page).not.toHaveURL(/page=2/);
    await expect(rows(page)).toHaveCount(25);
  });

  await test.step("the row shows status, quote, document, assignee, claimant and checkworthiness", async () => {
    await openClaims(page, `?q=${tag}&document=${harbour.documentId}`);
    await expect(rows(page)).toHaveCount(2);
    const row = page.locator(`tr[data-claim-id="${inspected}"]`);
    await expect(row).toContainText("Draft");
    await expect(row).toContainText("“4,200 containers were inspected last year”");
    await expect(row).toContainText(harbour.title);
    await expect(row).toContainText(DEMO_EDITOR.name);
    await expect(row).toContainText("Harbour office");
    await expect(row).toContainText("2 Mar 2026");
    await expect(row.getByTitle("Checkworthiness 5 of 5")).toBeVisible();
    await expect(page.locator(`tr[data-claim-id="${twice}"]`)).toContainText("Researching");
    await expect(page.locator(`tr[data-claim-id="${twice}"]`)).toContainText("Unassigned");
  });

  await test.step("status, assignee and document filters apply at once and land in the URL", async () => {
    await openClaims(page, `?q=${tag}`);
    // From the keyboard: the chip's checkbox keeps focus through the navigation it causes.
    const researching = page.locator('input[name="status"][value="RESEARCHING"]');
    await researching.focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/[?&]status=RESEARCHING/);
    await expect(rows(page)).toHaveCount(1);
    await expect(researching).toBeChecked();
    await expect(researching).toBeFocused();
    await expect(rows(page).first()).toHaveAttribute("data-claim-id", twice);
    await statusChip(page, "DRAFT").click();
    await expect(page).toHaveURL(/status=DRAFT&status=RESEARCHING/);
    await expect(page.getByText("Showing 1–25 of 26 claims")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).not.toHaveURL(/status=/);

    await openClaims(page, `?q=${tag}`);
    await page.getByLabel("Assignee").selectOption("me");
    await expect(page).toHaveURL(/[?&]assignee=me/);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toHaveAttribute("data-claim-id", inspected);
    await page.getByLabel("Assignee").selectOption("none");
    await expect(page).toHaveURL(/[?&]assignee=none/);
    await expect(page.getByText("Showing 1–25 of 25 claims")).toBeVisible();

    await openClaims(page, `?q=${tag}`);
    await page.getByLabel("Document").selectOption(harbour.documentId);
    await expect(page).toHaveURL(new RegExp(`[?&]document=${harbour.documentId}`));
    await expect(rows(page)).toHaveCount(2);
    // Back returns to the unfiltered view, and the menu says so.
    await page.goBack();
    await expect(page.getByText("Showing 1–25 of 26 claims")).toBeVisible();
    await expect(page.getByLabel("Document")).toHaveValue("");
  });

  await test.step("needs re-anchoring only: the demo's detached claim, flagged", async () => {
    await openClaims(page);
    await page.locator("label", { has: page.locator('input[name="detached"]') }).click();
    await expect(page).toHaveURL(/[?&]detached=1/);
    await expect(rows(page).filter({ hasText: "Tri-County Water has not raised prices for five years." })).toHaveCount(1);
    // Every row shown is flagged; none of this test's (anchored) claims is among them.
    const shown = await rows(page).count();
    await expect(rows(page).filter({ hasText: "Needs re-anchoring" })).toHaveCount(shown);
    await expect(rows(page).filter({ hasText: tag })).toHaveCount(0);
  });

  await test.step("a search with no match says so and offers to clear the filters", async () => {
    await openClaims(page, `?q=${tag}-nothing-like-this`);
    await expect(page.getByRole("heading", { name: "No claims match these filters" })).toBeVisible();
    await shoot(page, "no-results");
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("sorting by checkworthiness and by claim date, both ways", async () => {
    await openClaims(page, `?q=${tag}&document=${harbour.documentId}`);
    await page.getByRole("link", { name: /sort by checkworthiness/ }).click();
    await expect(page).toHaveURL(/sort=checkworthiness/);
    await expect(rows(page).first()).toHaveAttribute("data-claim-id", inspected);
    await page.getByRole("link", { name: /sort by checkworthiness, ascending/ }).click();
    await expect(page).toHaveURL(/order=asc/);
    await expect(rows(page).first()).toHaveAttribute("data-claim-id", twice);

    await page.getByLabel("Sort").selectOption("claimDate:asc");
    await expect(page).toHaveURL(/sort=claimDate&order=asc/);
    await expect(rows(page).first()).toHaveAttribute("data-claim-id", inspected);
    await page.getByLabel("Sort").selectOption("claimDate:desc");
    await expect(page).not.toHaveURL(/order=asc/);
    await expect(rows(page).first()).toHaveAttribute("data-claim-id", twice);
  });

  await test.step("the CSV link downloads the claims of the current view", async () => {
    await openClaims(page, `?q=${tag}&document=${harbour.documentId}`);
    const link = page.getByRole("link", { name: "Export filtered CSV" });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3); // header + the two harbour claims
    expect(csv).toContain(inspected);
    expect(csv).toContain(twice);
    expect(csv).not.toContain("District 1 spending");
  });

  await test.step("a claim's link opens its document at the claim", async () => {
    await openClaims(page, `?q=${tag}&document=${harbour.documentId}`);
    await page.getByRole("link", { name: `Harbour inspected 4,200 containers last year ${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${DEMO_WORKSPACE}/documents/${harbour.documentId}\\?claim=${inspected}`));
  });

  await test.step("the documents list counts each document's claims and links to them", async () => {
    await page.goto(`/w/${DEMO_WORKSPACE}/documents?q=${encodeURIComponent(council.title)}`);
    const count = page.getByRole("link", { name: `24 claims in ${council.title}` });
    await expect(count).toBeVisible();
    await shoot(page, "documents");
    await count.click();
    await expect(page).toHaveURL(new RegExp(`/claims\\?document=${council.documentId}`));
    await expect(page.getByText("of 24 claims")).toBeVisible();
  });

  await test.step("the overview summarises claims by status and links to each status", async () => {
    await page.goto(`/w/${DEMO_WORKSPACE}`);
    const summary = page.locator("section", { has: page.getByRole("heading", { name: "Claims by status" }) });
    await expect(summary).toBeVisible();
    await shoot(page, "overview");
    await summary.getByRole("link", { name: /Researching/ }).click();
    await expect(page).toHaveURL(new RegExp(`${base}\\?status=RESEARCHING$`));
    await expect(page.getByRole("link", { name: "Claims", exact: true })).toHaveAttribute("aria-current", "page");
  });

  await priya.context.close();
});

test("a workspace without claims explains how to mark one", async ({ page }) => {
  const user = newUser("claims");
  const signup = await page.request.post("/api/signup", { data: user });
  expect(signup.status(), await signup.text()).toBe(201);
  await signIn(page, user);
  const created = await page.request.post("/api/workspaces", { data: { name: `Claims desk ${randomUUID().slice(0, 6)}` } });
  expect(created.status(), await created.text()).toBe(201);
  const { workspace } = (await created.json()) as { workspace: { slug: string } };

  await page.goto(`/w/${workspace.slug}/claims`);
  await expect(page.getByRole("heading", { name: "No claims yet" })).toBeVisible();
  await expect(page.getByText("Mark claim")).toBeVisible();
  await shoot(page, "empty");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Go to documents" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${workspace.slug}/documents$`));
});
