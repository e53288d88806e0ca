import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { claimItem, claimsPanelOf, selectText } from "./helpers/claims";
import { editorOf, importText, openDocument } from "./helpers/documents";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { newUser, signIn } from "./support/auth";
import { signUpApi } from "./support/seed";

// Phones (390 px wide): the document page's claims panel is a drawer that opens by itself where a
// claim is marked, the claims page is a list of cards, nothing pans sideways. Desktop stays as it was.
test.describe.configure({ timeout: 120_000 });

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const SHOTS = "test-results/phone";

/** A new account with a workspace of its own, signed in in a browser context of the given size. */
async function personWithWorkspace(browser: Browser, options: Parameters<Browser["newContext"]>[0]) {
  const context = await browser.newContext(options);
  const user = newUser("phone");
  await signUpApi(context.request, user);
  const page = await context.newPage();
  await signIn(page, user);
  const res = await context.request.post("/api/workspaces", { data: { name: `Phone ${randomUUID().slice(0, 8)}` } });
  expect(res.status(), await res.text()).toBe(201);
  const { workspace } = (await res.json()) as { workspace: { slug: string } };
  return { context, page, slug: workspace.slug };
}

const phoneAs = (browser: Browser) => personWithWorkspace(browser, PHONE);

/** A long article: the side column used to start below all of it. */
function longArticle(tag: string) {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the council budget report ${tag}: spending on roads rose by ${i + 3} percent while libraries lost ${i + 1} staff.`);
  return [`Council budget ${tag} under scrutiny`, ...paragraphs].join("\n\n");
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("document page on a phone: the claims drawer opens where a claim is marked, with its form in view", async ({ browser }) => {
  const { context, page, slug } = await phoneAs(browser);
  const tag = randomUUID().slice(0, 8);
  const doc = await importText(context.request, slug, longArticle(tag));
  await openDocument(page, doc.path);
  const drawerButton = page.getByRole("button", { name: /^Claims and details/ });

  await test.step("the text fills the screen; the drawer is closed, its bar at the bottom; nothing pans sideways", async () => {
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(390);
    await expect(drawerButton).toBeInViewport();
    await expect(drawerButton).toHaveAttribute("aria-expanded", "false");
    await expect(claimsPanelOf(page)).toBeHidden();
    await page.screenshot({ path: `${SHOTS}-document.png` });
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("marking a claim deep in the article opens the drawer with the new claim's form in view", async () => {
    const quote = "libraries lost 21 staff";
    const paragraph = editorOf(page).locator("p", { hasText: quote });
    // selectText focuses the editor, which scrolls it to its top: scroll back to the sentence, as a
    // reader who selected it there would be (the toolbar stays in view, it is sticky).
    await selectText(page, quote);
    await paragraph.evaluate((p) => p.scrollIntoView({ block: "center" }));
    await expect(paragraph).toBeInViewport();
    await page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Mark claim" }).click();
    await expect(claimItem(page, quote)).toHaveCount(1);
    const form = claimItem(page, quote).locator('[data-claim-field="text"]');
    await expect(form).toBeInViewport();
    await expect(form).toBeFocused();
    await expect(page.getByRole("button", { name: "Back to the text" })).toHaveAttribute("aria-expanded", "true");
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}-document-new-claim.png` });
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("the bar closes it again, back to the text", async () => {
    await page.getByRole("button", { name: "Back to the text" }).click();
    await expect(claimsPanelOf(page)).toBeHidden();
    await expect(editorOf(page).locator("p", { hasText: "libraries lost 21 staff" })).toBeInViewport();
    await drawerButton.click();
    await expect(claimItem(page, "libraries lost 21 staff")).toBeVisible();
  });

  await context.close();
});

test("claims page on a phone: cards, not a table, and nothing pans sideways", async ({ browser }) => {
  const { context, page, slug } = await phoneAs(browser);
  const tag = randomUUID().slice(0, 8);
  const text = longArticle(tag);
  const doc = await importText(context.request, slug, text);
  const stored = ((await (await context.request.get(`/api/w/${slug}/documents/${doc.id}`)).json()) as { document: { text: string } }).document.text;
  for (const [exact, fields] of [
    ["spending on roads rose by 5 percent", { status: "RESEARCHING", checkworthiness: 4, claimant: "Council treasurer" }],
    ["libraries lost 7 staff", { tags: ["budget", "libraries"] }],
  ] as const) {
    const start = stored.indexOf(exact);
    const res = await context.request.post(`/api/w/${slug}/claims`, { data: { documentId: doc.id, start, end: start + exact.length, exact, ...fields } });
    expect(res.status(), await res.text()).toBe(201);
  }
  await page.goto(`/w/${slug}/claims?document=${doc.id}`);
  await expect(page.getByTestId("claim-card")).toHaveCount(2);
  await expect(page.getByTestId("claims-table")).toBeHidden();
  // Polled: once in five full runs a claims-page load measured 400 px for a moment (cause not found; the settled page fits).
  await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(390);
  await expect(page.getByTestId("claim-card").first()).toContainText("Council budget");
  await page.screenshot({ path: `${SHOTS}-claims.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // A card's claim opens the document at the claim in the text; the drawer has it open.
  await page.getByTestId("claim-card").getByRole("link", { name: /^“spending on roads rose by 5 percent/ }).click();
  await expect(editorOf(page)).toHaveAttribute("contenteditable", "true", { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ""), { timeout: 30_000 }).toBe("spending on roads rose by 5 percent");
  await expect(editorOf(page).locator("p", { hasText: "rose by 5 percent" })).toBeInViewport();
  await page.getByRole("button", { name: /^Claims and details/ }).click();
  await expect(claimItem(page, "spending on roads rose by 5 percent").locator('[data-claim-field="text"]')).toBeVisible();
  await context.close();
});

test("desktop is unchanged: the side column beside the text, the claims table, no drawer bar", async ({ browser }) => {
  const { context, page, slug } = await personWithWorkspace(browser, { viewport: { width: 1280, height: 900 } });
  const doc = await importText(context.request, slug, longArticle(randomUUID().slice(0, 8)));
  await openDocument(page, doc.path);
  await expect(page.getByRole("button", { name: /^Claims and details/ })).toBeHidden();
  await expect(claimsPanelOf(page)).toBeVisible();
  const editorBox = (await editorOf(page).boundingBox())!;
  const panelBox = (await claimsPanelOf(page).boundingBox())!;
  expect(panelBox.x).toBeGreaterThan(editorBox.x + editorBox.width);
  expect(panelBox.y).toBeLessThan(editorBox.y + 200);

  // The claims page lists something (an empty workspace shows its empty state instead of a table).
  const stored = ((await (await context.request.get(`/api/w/${slug}/documents/${doc.id}`)).json()) as { document: { text: string } }).document.text;
  const exact = "spending on roads rose by 5 percent";
  const start = stored.indexOf(exact);
  const res = await context.request.post(`/api/w/${slug}/claims`, { data: { documentId: doc.id, start, end: start + exact.length, exact } });
  expect(res.status(), await res.text()).toBe(201);
  await page.goto(`/w/${slug}/claims`);
  await expect(page.getByTestId("claims-table")).toBeVisible();
  await expect(page.getByTestId("claims-cards")).toBeHidden();
  await context.close();
});
