import { expect, test, type Page } from "@playwright/test";
import { article, importText, localCopyCommitted, OFFLINE_LABEL, openDocument, syncStatusOf, typeAtEndOfParagraph } from "./helpers/documents";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { seedWorkspace } from "./support/seed";

// Signing out deletes the person's local copies of documents (IndexedDB), and asks first when a
// copy still holds edits the server never acknowledged (lib/editor/local-copies.ts).
test.describe.configure({ timeout: 90_000 });

/** The IndexedDB databases of `userId`'s local copies in this browser profile. */
const copiesOf = (page: Page, userId: string) =>
  page.evaluate(async (id) => (await indexedDB.databases()).map((d) => d.name ?? "").filter((n) => n.startsWith(`factdesk:${id}:`)), userId);

async function signOutFromMenu(page: Page) {
  await page.getByRole("button", { name: /Account menu for/ }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
}

test("signing out deletes this person's local copies of documents", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const { page, id } = ws.owner;
  const doc = await importText(ws.owner.context.request, ws.slug, article().text);
  await openDocument(page, doc.path);
  await typeAtEndOfParagraph(page, 0, " Checked.");
  await expect(syncStatusOf(page)).toHaveText("Saved");
  await localCopyCommitted(page, doc.id);
  expect(await copiesOf(page, id)).toHaveLength(1);

  await signOutFromMenu(page);
  await expect(page).toHaveURL(/\/signin/);
  expect(await copiesOf(page, id)).toEqual([]);
  await ws.close();
});

test("with edits the server never acknowledged, sign-out asks first: cancel keeps them, confirming discards them", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const { page, id, context } = ws.owner;
  const doc = await importText(context.request, ws.slug, article().text);
  await openDocument(page, doc.path);
  await context.setOffline(true);
  await expect(syncStatusOf(page)).toHaveText(OFFLINE_LABEL);
  await typeAtEndOfParagraph(page, 0, " Typed offline.");
  await localCopyCommitted(page, doc.id);

  const dialog = page.getByRole("dialog", { name: "Sign out and lose unsaved edits?" });
  await signOutFromMenu(page);
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: "test-results/sign-out-unsynced-dialog.png" });
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${doc.path}$`));
  expect(await copiesOf(page, id)).toHaveLength(1);

  await signOutFromMenu(page);
  await expect(dialog).toBeVisible();
  // The sign-out itself is a request: back online to send it.
  await context.setOffline(false);
  await dialog.getByRole("button", { name: "Sign out and discard them" }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect(await copiesOf(page, id)).toEqual([]);
  await ws.close();
});
