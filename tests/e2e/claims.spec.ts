import { expect, test, type Page } from "@playwright/test";
import {
  claimIdOf,
  claimItem,
  claimItemsOf,
  claimsPanelOf,
  highlightBackground,
  highlightsOf,
  listClaimsApi,
  markWithToolbar,
  reanchorListOf,
  selectText,
} from "./helpers/claims";
import { article, editorOf, importText, openDocument, syncStatusOf } from "./helpers/documents";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { seedWorkspace } from "./support/seed";

// Claims marked in the shared editor, kept anchored, listed beside the text.
test.describe.configure({ timeout: 90_000 });

const SENTENCE = "The harbour office said on Monday that 4,200 containers were inspected last year.";
const FIGURE = "4,200 containers were inspected last year";
const CRITICS = "counted each container twice";

/** Screenshots for a person to look at (CLAIMS_SCREENSHOTS=/some/dir). */
async function snap(page: Page, name: string) {
  const dir = process.env.CLAIMS_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}

test("mark claims with the toolbar, the bubble menu and the shortcut; overlapping claims are both highlighted and listed in text order; a reload keeps them", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const priya = ws.owner;
  const page = priya.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  const { text } = article();
  const doc = await importText(priya.context.request, ws.slug, text);
  await openDocument(page, doc.path);
  await expect(claimsPanelOf(page).getByText("No claims yet")).toBeVisible();

  await test.step("toolbar: a phrase becomes a claim, highlighted and open in the panel for its fields", async () => {
    await markWithToolbar(page, FIGURE);
    const item = claimItem(page, FIGURE);
    await expect(item.getByRole("form", { name: "Claim details" })).toBeVisible();
    await expect(item.getByLabel("Claim, as a checkable sentence")).toBeFocused();
    const id = await claimIdOf(item);
    await expect(editorOf(page).locator(`.claim-mark[data-claim-id="${id}"]`)).toHaveText(FIGURE);
    expect(await highlightBackground(page, id)).not.toBe("rgba(0, 0, 0, 0)");
  });

  await test.step("bubble menu: the whole sentence around it, a claim overlapping the first", async () => {
    await selectText(page, SENTENCE);
    const bubble = page.getByRole("toolbar", { name: "Selection" });
    await expect(bubble).toBeVisible();
    await snap(page, "claims-bubble-menu");
    await bubble.getByRole("button", { name: "Mark claim" }).click();
    await expect(claimItemsOf(page)).toHaveCount(2);
    // Text order: the sentence starts before the phrase inside it.
    await expect(claimItemsOf(page).nth(0).getByTestId("claim-quote")).toContainText("The harbour office said");
    await expect(claimItemsOf(page).nth(1).getByTestId("claim-quote")).toContainText(FIGURE);
    await expect(editorOf(page).locator(".claim-mark .claim-mark")).toHaveText(FIGURE);
  });

  await test.step("keyboard shortcut", async () => {
    await selectText(page, CRITICS);
    await expect(page.getByRole("button", { name: "Mark claim" }).first()).toHaveAttribute("aria-keyshortcuts", "Control+Alt+m");
    await page.keyboard.press("Control+Alt+m");
    await expect(claimItemsOf(page)).toHaveCount(3);
    await expect(claimItemsOf(page).nth(2).getByTestId("claim-quote")).toContainText(CRITICS);
  });
  await snap(page, "claims-marked");

  await test.step("a reload keeps all three, highlighted", async () => {
    await expect(syncStatusOf(page)).toHaveText("Saved");
    await page.reload();
    await expect(editorOf(page)).toHaveAttribute("contenteditable", "true", { timeout: 30_000 });
    await expect(claimItemsOf(page)).toHaveCount(3);
    const ids = await highlightsOf(page).evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-claim-id")))]);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(await highlightBackground(page, id!)).not.toBe("rgba(0, 0, 0, 0)");
  });

  await test.step("hovering a highlight shows its card; Escape closes it; Open in panel opens it", async () => {
    await editorOf(page).locator(".claim-mark", { hasText: CRITICS }).first().hover();
    const card = page.getByTestId("claim-card");
    await expect(card).toBeVisible();
    await expect(card).toContainText(CRITICS);
    await expect(card).toContainText("Draft");
    await expect(card).toContainText("Unassigned");
    await snap(page, "claims-hover-card");
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
    await claimsPanelOf(page).getByRole("heading", { name: /Claims/ }).hover();
    await editorOf(page).locator(".claim-mark", { hasText: CRITICS }).first().hover();
    await page.getByTestId("claim-card").getByRole("button", { name: "Open in panel" }).click();
    await expect(claimItem(page, CRITICS).getByRole("form", { name: "Claim details" })).toBeVisible();
  });

  await test.step("the caret inside a claim shows its card too", async () => {
    await page.mouse.move(2, 2);
    await selectText(page, "counted each");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("claim-card")).toContainText(CRITICS);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("claim-card")).toBeHidden();
  });

  await test.step("a click on a claim in the panel selects its text; arrow keys move through the list", async () => {
    await claimItem(page, FIGURE).locator("[data-claim-nav]").click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(FIGURE);
    await claimItemsOf(page).nth(0).locator("[data-claim-nav]").focus();
    await page.keyboard.press("ArrowDown");
    await expect(claimItemsOf(page).nth(1).locator("[data-claim-nav]")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(FIGURE);
  });

  await test.step("a link to the claim (?claim=) scrolls to it and selects it", async () => {
    const id = await claimIdOf(claimItem(page, CRITICS));
    await page.goto(`${doc.path}?claim=${id}`);
    await expect(claimItem(page, CRITICS).getByRole("button", { name: /claim 3$/ })).toHaveAttribute("aria-expanded", "true", { timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString()), { timeout: 30_000 }).toBe(CRITICS);
  });

  await test.step("on a narrow screen the panel is a drawer over the text, opened from the bar at the bottom", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(claimsPanelOf(page)).toBeHidden();
    await page.getByRole("button", { name: /^Claims and details/ }).click();
    await expect(claimsPanelOf(page)).toBeInViewport();
    await expect(claimItem(page, CRITICS)).toBeVisible();
    await snap(page, "claims-narrow");
  });
  await ws.close();
});

test("two people: one marks a claim, the other sees its highlight and panel entry appear live", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const priya = ws.owner;
  const tomas = await ws.addMember("tomas", "REVIEWER");
  const doc = await importText(priya.context.request, ws.slug, article().text);
  await openDocument(priya.page, doc.path);
  await openDocument(tomas.page, doc.path);
  await markWithToolbar(priya.page, FIGURE);
  const id = await claimIdOf(claimItem(priya.page, FIGURE));
  await expect(tomas.page.locator(`#document-editor .claim-mark[data-claim-id="${id}"]`)).toHaveText(FIGURE);
  await expect(claimItem(tomas.page, FIGURE)).toHaveCount(1);
  await expect.poll(() => highlightBackground(tomas.page, id)).not.toBe("rgba(0, 0, 0, 0)");

  await test.step("a status change by Priya (the workflow's Start research) recolours Tomás's highlight without touching the text", async () => {
    const before = await highlightBackground(tomas.page, id);
    const { request } = priya.context;
    const claim = ((await (await request.get(`/api/w/${ws.slug}/claims/${id}`)).json()) as { claim: { version: number } }).claim;
    const moved = await request.post(`/api/w/${ws.slug}/claims/${id}/workflow`, { data: { action: "start_research", claimVersion: claim.version } });
    expect(moved.status(), await moved.text()).toBe(200);
    await expect(claimItem(priya.page, FIGURE).getByTestId("claim-status").first()).toHaveText("Researching");
    await expect(claimItem(tomas.page, FIGURE).getByTestId("claim-status").first()).toHaveText("Researching");
    await expect.poll(() => highlightBackground(tomas.page, id)).not.toBe(before);
  });
  await ws.close();
});

test("deleting a claim's text detaches it into Needs re-anchoring; Find it proposes the new wording and Re-attach highlights it again", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const priya = ws.owner;
  const page = priya.page;
  const { text } = article();
  const doc = await importText(priya.context.request, ws.slug, text);
  await openDocument(page, doc.path);
  await markWithToolbar(page, FIGURE);
  const id = await claimIdOf(claimItem(page, FIGURE));

  await selectText(page, FIGURE);
  await page.keyboard.press("Backspace");
  await expect(highlightsOf(page)).toHaveCount(0);
  const reanchor = reanchorListOf(page);
  await expect(reanchor).toBeVisible({ timeout: 30_000 });
  await expect(reanchor.getByTestId("reanchor-item")).toContainText(FIGURE);
  await expect(claimItemsOf(page)).toHaveCount(0);

  // The wording comes back, changed a little.
  const NEW = "4,200 containers were checked last year";
  await page.keyboard.type(NEW, { delay: 10 });
  await expect(syncStatusOf(page)).toHaveText("Saved");
  await snap(page, "claims-reanchor");
  await reanchor.getByRole("button", { name: "Find it" }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(NEW);
  await reanchor.getByRole("button", { name: "Re-attach here" }).click();
  await expect(reanchor).toBeHidden();
  await expect(editorOf(page).locator(`.claim-mark[data-claim-id="${id}"]`)).toHaveText(NEW);
  await expect(claimItem(page, NEW)).toHaveCount(1);
  const { claims } = await listClaimsApi(priya.context.request, ws.slug, doc.id);
  expect(claims.map((c) => [c.id, c.detachedAt, c.quote.exact])).toEqual([[id, null, NEW]]);
  await ws.close();
});

test("edit a claim's fields (errors inline, someone else's change told), delete it with confirmation; axe finds nothing serious; a viewer cannot mark", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const priya = ws.owner;
  const tomas = await ws.addMember("tomas", "REVIEWER");
  const page = priya.page;
  await page.setViewportSize({ width: 1440, height: 1000 });
  const { text } = article();
  const doc = await importText(priya.context.request, ws.slug, text);
  await openDocument(page, doc.path);
  await markWithToolbar(page, FIGURE);
  await markWithToolbar(page, CRITICS);
  const item = claimItem(page, FIGURE);
  const id = await claimIdOf(item);
  if (!(await item.getByRole("form", { name: "Claim details" }).isVisible())) await item.getByRole("button", { name: /^Edit claim/ }).click();
  const form = item.getByRole("form", { name: "Claim details" });

  await test.step("a bad URL is refused next to its field", async () => {
    await form.getByLabel("Where it appeared").fill("not a url");
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByLabel("Where it appeared")).toHaveAttribute("aria-invalid", "true");
  });

  await test.step("fields and priority are saved; the status is the workflow's", async () => {
    await form.getByLabel("Claim, as a checkable sentence").fill("The harbour office inspected 4,200 containers in 2023.");
    await form.getByLabel("Claimant").fill("Harbour office");
    await form.getByLabel("Claim date").fill("2024-03-04");
    await form.getByLabel("Where it appeared").fill("https://ledger.example.org/harbour");
    await form.getByLabel("Checkworthiness").selectOption("4");
    await form.getByLabel("Tags").fill("shipping, audits");
    await form.getByLabel("Assignee").selectOption({ label: tomas.name });
    await form.getByLabel("Due date").fill("2030-01-31");
    await form.getByLabel("Priority").selectOption("HIGH");
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByText("Claim saved.")).toBeVisible();
    await expect(item.getByTestId("claim-status").first()).toHaveText("Draft");
    await expect(form.getByTestId("open-review")).toHaveAttribute("href", `/w/${ws.slug}/claims/${id}`);
    await expect(item).toContainText(tomas.name);
    const { claims } = await listClaimsApi(priya.context.request, ws.slug, doc.id);
    const saved = claims.find((c) => c.id === id) as unknown as Record<string, unknown>;
    expect(saved).toMatchObject({ status: "DRAFT", priority: "HIGH", claimant: "Harbour office", claimDate: "2024-03-04", checkworthiness: 4, tags: ["shipping", "audits"], dueDate: "2030-01-31" });
  });
  await snap(page, "claims-edit-form");

  await test.step("axe: nothing serious with highlights and the panel open", async () => {
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("someone else's change in between: told, and the form shows their version", async () => {
    // Priya starts typing; meanwhile someone else saves the claim.
    await form.getByLabel("Claimant").fill("Mayor");
    const { claims } = await listClaimsApi(priya.context.request, ws.slug, doc.id);
    const current = claims.find((c) => c.id === id)!;
    const other = await priya.context.request.patch(`/api/w/${ws.slug}/claims/${id}`, { data: { claimant: "Port authority", version: current.version } });
    expect(other.status(), await other.text()).toBe(200);
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByRole("alert")).toContainText("Someone else changed this claim");
    await expect(form.getByLabel("Claimant")).toHaveValue("Port authority");
  });

  await test.step("delete asks first; Cancel keeps it, Delete removes the claim and its highlight", async () => {
    await form.getByRole("button", { name: "Delete…" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this claim?" });
    await expect(dialog).toBeVisible();
    await snap(page, "claims-delete-dialog");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(claimItemsOf(page)).toHaveCount(2);
    await form.getByRole("button", { name: "Delete…" }).click();
    await dialog.getByRole("button", { name: "Delete claim" }).click();
    await expect(claimItemsOf(page)).toHaveCount(1);
    await expect(editorOf(page).locator(`.claim-mark[data-claim-id="${id}"]`)).toHaveCount(0);
    const { claims } = await listClaimsApi(priya.context.request, ws.slug, doc.id);
    expect(claims.map((c) => c.id)).not.toContain(id);
  });

  await test.step("a viewer sees the claims but has no way to mark one", async () => {
    const viewer = await ws.addMember("viewer", "VIEWER");
    // Every claim the viewer's page tries to create, counted up to the end of this step.
    const creates: string[] = [];
    await viewer.page.route(`**/api/w/${ws.slug}/claims`, (route) => {
      if (route.request().method() === "POST") creates.push(route.request().url());
      return route.continue();
    });
    await openDocument(viewer.page, doc.path, { editable: false });
    await expect(claimItemsOf(viewer.page)).toHaveCount(1);
    await expect(viewer.page.getByRole("button", { name: "Mark claim" })).toHaveCount(0);
    await selectText(viewer.page, "Critics replied");
    await viewer.page.keyboard.press("Control+Alt+m");
    // The shortcut's handler decides synchronously on the key event (a read-only editor refuses
    // it before anything is sent); a round trip through the page's event loop is past it.
    await viewer.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await expect(claimItemsOf(viewer.page)).toHaveCount(1);
    await expectNoSeriousA11yViolations(viewer.page);
    expect(creates, "claims the viewer's page tried to create").toEqual([]);
    expect((await listClaimsApi(priya.context.request, ws.slug, doc.id)).claims).toHaveLength(1);
  });
  await ws.close();
});
