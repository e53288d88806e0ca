import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { claimItemsOf, listClaimsApi } from "./helpers/claims";
import { article, editorOf, importText, openDocument } from "./helpers/documents";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { seedWorkspace } from "./support/seed";

// The workspace trash: who may delete, what an old link answers (a real 404 status, not a streamed
// 200), restoring from the old link and from the trash page.
test.describe.configure({ timeout: 90_000 });

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

async function trashViaApi(request: APIRequestContext, slug: string, documentId: string) {
  const res = await request.delete(`/api/w/${slug}/documents/${documentId}`);
  expect(res.status(), await res.text()).toBe(204);
}

test("an old link answers 404 and says who moved it to the trash and when; an editor restores it from there", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "morgan" });
  const priya = await ws.addMember("priya", "EDITOR");
  const tomas = await ws.addMember("tomas", "REVIEWER");
  const { tag, text } = article();
  const doc = await importText(priya.context.request, ws.slug, text);
  await claimInBody(priya.context.request, ws.slug, doc.id, tag);
  await trashViaApi(priya.context.request, ws.slug, doc.id);

  await test.step("the page request itself has status 404, for the document and for unknown ids", async () => {
    // Plain HTTP, no browser: what a link checker or a crawler sees.
    expect((await priya.context.request.get(doc.path, { maxRedirects: 0 })).status()).toBe(404);
    expect((await priya.context.request.get(`/w/${ws.slug}/documents/${randomUUID()}`, { maxRedirects: 0 })).status()).toBe(404);
    expect((await priya.context.request.get(`/w/${ws.slug}/documents/not-an-id`, { maxRedirects: 0 })).status()).toBe(404);
  });

  await test.step("a reviewer sees who and when, but no restore", async () => {
    const response = await tomas.page.goto(doc.path);
    expect(response?.status()).toBe(404);
    await expect(tomas.page.getByRole("heading", { name: "This document was moved to the trash" })).toBeVisible();
    await expect(tomas.page.getByText(new RegExp(`was moved to the trash by ${priya.name} on \\d{1,2} \\w+ \\d{4}, \\d\\d:\\d\\d UTC, with its claim\\.`))).toBeVisible();
    await expect(tomas.page.getByText(/An editor can restore it until/)).toBeVisible();
    await expect(tomas.page.getByRole("button", { name: /^Restore/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(tomas.page);
  });

  await test.step("an unknown id says so", async () => {
    const response = await tomas.page.goto(`/w/${ws.slug}/documents/${randomUUID()}`);
    expect(response?.status()).toBe(404);
    await expect(tomas.page.getByRole("heading", { name: "We couldn’t find that document" })).toBeVisible();
  });

  await test.step("the editor restores it from the old link and lands on the document, claim and all", async () => {
    const response = await priya.page.goto(doc.path);
    expect(response?.status()).toBe(404);
    await expect(priya.page.getByText(/It can be restored until/)).toBeVisible();
    await priya.page.screenshot({ path: "test-results/trash-old-link.png" });
    // The restore reloads the same URL, so wait for that load itself, then for the live editor.
    const reloaded = priya.page.waitForResponse((r) => r.url().endsWith(doc.path) && r.request().method() === "GET");
    await priya.page.getByRole("button", { name: /^Restore/ }).click();
    expect((await reloaded).status()).toBe(200);
    await expect(editorOf(priya.page)).toHaveAttribute("contenteditable", "true", { timeout: 30_000 });
    await expect(claimItemsOf(priya.page)).toHaveCount(1);
    expect((await listClaimsApi(priya.context.request, ws.slug, doc.id)).claims).toHaveLength(1);
    expect((await priya.context.request.get(doc.path)).status()).toBe(200);
  });

  await ws.close();
});

test("the trash page lists what was deleted, by whom; editors restore from it, viewers only look", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "morgan" });
  const priya = await ws.addMember("priya", "EDITOR");
  const viewer = await ws.addMember("viewer", "VIEWER");
  const { tag, text } = article();
  const doc = await importText(priya.context.request, ws.slug, text);
  await trashViaApi(priya.context.request, ws.slug, doc.id);
  const title = `Port authority audit ${tag} questions container counts`;
  const entry = (page: typeof priya.page) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });

  await test.step("a viewer sees it, with who and when, and no restore", async () => {
    await viewer.page.goto(`/w/${ws.slug}/documents`);
    await viewer.page.getByRole("link", { name: "Trash" }).click();
    await expect(viewer.page.getByRole("heading", { level: 1, name: "Trash" })).toBeVisible();
    await expect(entry(viewer.page)).toContainText(`Moved to the trash by ${priya.name} on`);
    await expect(entry(viewer.page)).toContainText("Deleted for good on");
    await expect(entry(viewer.page).getByRole("button")).toHaveCount(0);
    await expectNoSeriousA11yViolations(viewer.page);
  });

  await test.step("the editor restores it: a notice with a link, the document is back in the list", async () => {
    await priya.page.goto(`/w/${ws.slug}/trash`);
    await priya.page.screenshot({ path: "test-results/trash-page.png", fullPage: true });
    await entry(priya.page).getByRole("button", { name: `Restore “${title}”` }).click();
    await expect(priya.page.getByRole("status")).toContainText("Document restored, with its claims.");
    await expect(entry(priya.page)).toHaveCount(0);
    await priya.page.getByRole("link", { name: "Open it" }).click();
    await expect(priya.page).toHaveURL(new RegExp(`${doc.path}$`));
    await expect(priya.page.getByRole("heading", { level: 1, name: title }).first()).toBeVisible();
  });

  await ws.close();
});

test("a reviewer cannot delete: no button on the page, 403 from the API", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "morgan" });
  const tomas = await ws.addMember("tomas", "REVIEWER");
  const doc = await importText(tomas.context.request, ws.slug, article().text);
  await openDocument(tomas.page, doc.path);
  await expect(tomas.page.getByRole("button", { name: "Move to trash…" })).toHaveCount(0);
  const res = await tomas.context.request.delete(`/api/w/${ws.slug}/documents/${doc.id}`);
  expect(res.status(), await res.text()).toBe(403);
  expect((await tomas.context.request.get(doc.path)).status()).toBe(200);
  await ws.close();
});
