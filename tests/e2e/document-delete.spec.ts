import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { article, importText, openDocument } from "./helpers/documents";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { seedWorkspace } from "./support/seed";

// Deleting a document from its page: a confirmation that names it and its claims, then the list
// without it (it goes to the trash: tests/e2e/document-trash.spec.ts).
test.describe.configure({ timeout: 90_000 });

const deleteButton = (page: Page) => page.getByRole("button", { name: "Move to trash…" });
const confirmDialog = (page: Page) => page.getByRole("dialog", { name: "Move this document to the trash?" });
// The title link of the list row (article()'s first line is the title).
const listRow = (page: Page, tag: string) => page.getByRole("link", { name: `Port authority audit ${tag} questions container counts`, exact: true });

/**
 * Marks a sentence of article()'s body as a claim through the API, restated with the article's tag
 * so a claims search for the tag finds it (the title line is the document's title, not its text).
 */
async function claimInBody(request: APIRequestContext, slug: string, documentId: string, tag: string) {
  const res0 = await request.get(`/api/w/${slug}/documents/${documentId}`);
  const { document } = (await res0.json()) as { document: { text: string } };
  const exact = "4,200 containers were inspected last year";
  const start = document.text.indexOf(exact);
  expect(start, document.text).toBeGreaterThanOrEqual(0);
  const res = await request.post(`/api/w/${slug}/claims`, { data: { documentId, start, end: start + exact.length, exact, text: `The harbour inspected 4,200 containers (${tag})` } });
  expect(res.status(), await res.text()).toBe(201);
}

async function claimsMatching(request: APIRequestContext, slug: string, tag: string): Promise<number> {
  const res = await request.get(`/api/w/${slug}/claims?q=${tag}`);
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { total: number }).total;
}

test("an editor deletes a document after confirming; cancelling keeps it; its claims go with it", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "morgan" });
  const priya = await ws.addMember("priya", "EDITOR");
  const { tag, text } = article();
  const doc = await importText(priya.context.request, ws.slug, text);
  await claimInBody(priya.context.request, ws.slug, doc.id, tag);
  expect(await claimsMatching(priya.context.request, ws.slug, tag)).toBe(1);
  const { page } = priya;
  await openDocument(page, doc.path);

  await test.step("the dialog names the document and its claim; cancel keeps everything", async () => {
    await deleteButton(page).click();
    const dialog = confirmDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`Port authority audit ${tag}`);
    await expect(dialog).toContainText("its claim from the claims page and from exports");
    // Danger: focus starts on Cancel, so a habitual Enter does not delete.
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "/tmp/h6-delete-dialog.png" });

    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(deleteButton(page)).toBeFocused();
    // Escape cancels too.
    await deleteButton(page).click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    await page.goto(`/w/${ws.slug}/documents?q=${tag}`);
    await expect(listRow(page, tag)).toHaveCount(1);
    expect(await claimsMatching(priya.context.request, ws.slug, tag)).toBe(1);
  });

  await test.step("confirming deletes it: the list with a notice, without the document; its claim is gone", async () => {
    await openDocument(page, doc.path);
    await deleteButton(page).click();
    await confirmDialog(page).getByRole("button", { name: "Move to trash" }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${ws.slug}/documents\\?deleted=1$`));
    await expect(page.getByRole("status")).toContainText("Document moved to the trash.");
    await expect(listRow(page, tag)).toHaveCount(0);
    await page.screenshot({ path: "/tmp/h6-deleted-notice.png" });

    await page.goto(`/w/${ws.slug}/documents?q=${tag}`);
    await expect(page.getByRole("heading", { name: `No documents match “${tag}”` })).toBeVisible();
    expect(await claimsMatching(priya.context.request, ws.slug, tag)).toBe(0);
    expect((await priya.context.request.get(`/api/w/${ws.slug}/documents/${doc.id}`)).status()).toBe(404);
    // The old link: a real 404 (not a streamed 200) that says where the document went.
    const response = await page.goto(doc.path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This document was moved to the trash" })).toBeVisible();
  });

  await ws.close();
});

test("deleted meanwhile by someone else: the dialog says so and stays open", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const priya = ws.owner;
  const doc = await importText(priya.context.request, ws.slug, article().text);
  await openDocument(priya.page, doc.path);
  await deleteButton(priya.page).click();
  const res = await priya.context.request.delete(`/api/w/${ws.slug}/documents/${doc.id}`);
  expect(res.status(), await res.text()).toBeLessThan(300);
  await confirmDialog(priya.page).getByRole("button", { name: "Move to trash" }).click();
  await expect(confirmDialog(priya.page).getByRole("alert")).toHaveText("This document is already gone: someone else may have moved it to the trash.");
  await expect(priya.page).toHaveURL(new RegExp(`${doc.path}$`));
  await ws.close();
});

test("a viewer has no delete button", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "morgan" });
  const morgan = ws.owner;
  const viewer = await ws.addMember("viewer", "VIEWER");
  const doc = await importText(morgan.context.request, ws.slug, article().text);
  await openDocument(viewer.page, doc.path, { editable: false });
  await expect(viewer.page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expect(deleteButton(viewer.page)).toHaveCount(0);
  await expect(viewer.page.getByRole("heading", { name: "Delete document" })).toHaveCount(0);
  await ws.close();
});
