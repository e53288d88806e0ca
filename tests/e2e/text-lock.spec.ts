import { expect, test, type Page } from "@playwright/test";
import { claimItemsOf, markWithToolbar, selectText } from "./helpers/claims";
import { article, editorOf, importText, openDocument, syncStatusOf } from "./helpers/documents";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { seedWorkspace } from "./support/seed";

// Issue 10 §1: the article's text is evidence. Lock it, see the original beside it, flag edited quotes.
test.describe.configure({ timeout: 120_000 });

const FIGURE = "4,200 containers were inspected last year";
const CRITICS = "counted each container twice";
const NOTE = " [REVIEWER: confirm titles]";

/** Screenshots for a person to look at (TEXT_LOCK_SCREENSHOTS=/some/dir). */
async function snap(page: Page, name: string) {
  const dir = process.env.TEXT_LOCK_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}

const lockBarOf = (page: Page) => page.getByTestId("text-lock-bar");

test("an edited quote is flagged and the original shows the diff; a locked text refuses typing (live for a colleague) but takes claims; unlock restores editing", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const priya = ws.owner;
  const tomas = await ws.addMember("tomas", "REVIEWER");
  const page = priya.page;
  await page.setViewportSize({ width: 1440, height: 1000 });
  const { text } = article();
  const doc = await importText(priya.context.request, ws.slug, text);
  await openDocument(page, doc.path);

  await test.step("import clean-up before the lock: a claim's figure changed and a note typed in", async () => {
    await markWithToolbar(page, FIGURE);
    await selectText(page, "inspected");
    await page.keyboard.type("checked", { delay: 15 });
    await editorOf(page).locator("p").nth(1).click();
    await page.keyboard.press("End");
    await page.keyboard.type(NOTE, { delay: 5 });
    await expect(syncStatusOf(page)).toHaveText("Saved");
    const item = claimItemsOf(page).first();
    await expect(item.getByTestId("claim-quote")).toHaveText("“4,200 containers were checked last year”");
    await expect(item.getByTestId("quote-differs")).toHaveText("Quote differs from original");
  });

  await test.step("the Original tab shows the import read-only, with the working copy's changes and the claim's quote diff", async () => {
    await page.getByRole("tab", { name: "Original" }).click();
    const view = page.getByTestId("original-view");
    await expect(view.getByTestId("original-summary")).toHaveText("The working copy differs from the original: 2 insertions, 1 deletion.");
    const diff = view.getByTestId("original-diff");
    await expect(diff.locator('del[data-diff="removed"]')).toHaveText(["[deleted: inspected]"]);
    await expect(diff.locator('ins[data-diff="added"]')).toHaveText(["[inserted: checked]", `[inserted: ${NOTE.trim()}]`]);
    await expect(view.getByTestId("claim-quote-diff")).toHaveCount(1);
    await expect(view.getByTestId("claim-quote-diff").locator("del")).toContainText("inspected");
    await snap(page, "original-diff");
    await expectNoSeriousA11yViolations(page);
    await view.getByLabel("Show the working copy’s changes").uncheck();
    const stored = await priya.context.request.get(`/api/w/${ws.slug}/documents/${doc.id}/original`);
    const { original } = (await stored.json()) as { original: { articleText: string } };
    expect(original.articleText).toContain("4,200 containers were inspected last year");
    await expect(view.getByTestId("original-text")).toHaveText(original.articleText);
    await page.getByRole("tab", { name: "Working copy" }).click();
    await expect(editorOf(page)).toBeVisible();
  });

  await test.step("Priya locks the text: her editor and Tomás's (already open) turn read-only at once", async () => {
    await openDocument(tomas.page, doc.path);
    await lockBarOf(page).getByRole("button", { name: "Lock text" }).click();
    await expect(lockBarOf(page)).toHaveAttribute("data-locked", "true");
    await expect(lockBarOf(page)).toContainText(`Text locked by ${priya.name}`);
    for (const p of [page, tomas.page]) {
      await expect(p.getByTestId("text-locked-badge")).toBeVisible();
      await expect(editorOf(p)).toHaveAttribute("contenteditable", "false");
    }
    await snap(page, "text-locked");
    await expectNoSeriousA11yViolations(page);
  });

  const before = await editorOf(page).innerText();
  await test.step("typing into the locked text changes nothing, for either of them", async () => {
    for (const p of [page, tomas.page]) {
      await editorOf(p).locator("p").nth(1).click();
      await p.keyboard.type("TYPED WHILE LOCKED");
      await p.keyboard.press("Enter");
      await p.keyboard.press("Backspace");
      expect(await editorOf(p).innerText()).toBe(before);
    }
  });

  await test.step("a claim can still be marked in the locked text, and reaches Tomás; the server's text is untouched", async () => {
    await selectText(page, CRITICS);
    await page.getByRole("toolbar", { name: "Selection" }).getByRole("button", { name: "Mark claim" }).click();
    await expect(claimItemsOf(page)).toHaveCount(2);
    await expect(editorOf(tomas.page).locator(".claim-mark")).toHaveCount(2);
    expect(await editorOf(tomas.page).innerText()).toBe(before);
    const res = await priya.context.request.get(`/api/w/${ws.slug}/documents/${doc.id}`);
    const { document } = (await res.json()) as { document: { text: string } };
    expect(document.text).not.toContain("TYPED WHILE LOCKED");
    expect(document.text).toContain(NOTE.trim());
  });

  await test.step("the claims page flags the edited quote", async () => {
    await page.goto(`/w/${ws.slug}/claims?document=${doc.id}`);
    const row = page.locator("tr[data-claim-id]").filter({ hasText: "containers were checked" });
    await expect(row.getByTestId("quote-differs")).toBeVisible();
    await expect(page.locator("tr[data-claim-id]").filter({ hasText: CRITICS }).getByTestId("quote-differs")).toHaveCount(0);
    await snap(page, "claims-page-flag");
  });

  await test.step("unlocking lets Tomás, still connected, type again", async () => {
    await openDocument(page, doc.path, { editable: false });
    await lockBarOf(page).getByRole("button", { name: "Unlock text" }).click();
    await expect(lockBarOf(page)).toHaveAttribute("data-locked", "false");
    await expect(editorOf(tomas.page)).toHaveAttribute("contenteditable", "true");
    await editorOf(tomas.page).locator("p").nth(1).click();
    await tomas.page.keyboard.press("End");
    await tomas.page.keyboard.type(" Unlocked.", { delay: 15 });
    await expect(syncStatusOf(tomas.page)).toHaveText("Saved");
    await expect(editorOf(page)).toContainText("Unlocked.");
  });
  await ws.close();
});

test("a colleague opening a locked document sees who locked it, a read-only text and the Unlock button", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const priya = ws.owner;
  const doc = await importText(priya.context.request, ws.slug, article().text);
  const res = await priya.context.request.post(`/api/w/${ws.slug}/documents/${doc.id}/text-lock`);
  expect(res.status(), await res.text()).toBe(200);
  const tomas = await ws.addMember("tomas", "REVIEWER");
  await openDocument(tomas.page, doc.path, { editable: false });
  await expect(lockBarOf(tomas.page)).toContainText(`Text locked by ${priya.name}`);
  await expect(tomas.page.getByTestId("text-locked-badge")).toBeVisible();
  await expect(lockBarOf(tomas.page).getByRole("button", { name: "Unlock text" })).toBeVisible();
  await ws.close();
});
