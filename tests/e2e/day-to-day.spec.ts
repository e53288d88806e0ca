import { expect, test } from "@playwright/test";
import { claimItem, markWithToolbar } from "./helpers/claims";
import { article, importText, openDocument } from "./helpers/documents";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { signIn } from "./support/auth";
import { seedWorkspace } from "./support/seed";

// Small things a day's work ran into: a shared claim link survives signing in, the workspace
// switcher knows a workspace made a moment ago, the claim form behaves at the keyboard and speaks
// the person's language, and the overview starts with what is assigned to me.
test.describe.configure({ timeout: 90_000 });

test("a claim link opened while signed out comes back to the same claim after sign-in", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "morgan" });
  const { text } = article();
  const doc = await importText(ws.owner.context.request, ws.slug, text);
  const stored = ((await (await ws.owner.context.request.get(`/api/w/${ws.slug}/documents/${doc.id}`)).json()) as { document: { text: string } }).document.text;
  const exact = "4,200 containers were inspected last year";
  const start = stored.indexOf(exact);
  const created = await ws.owner.context.request.post(`/api/w/${ws.slug}/claims`, { data: { documentId: doc.id, start, end: start + exact.length, exact } });
  expect(created.status(), await created.text()).toBe(201);
  const claimId = ((await created.json()) as { claim: { id: string } }).claim.id;

  const link = `${doc.path}?claim=${claimId}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page).toHaveURL(/\/signin\?next=/);
  expect(new URL(page.url()).searchParams.get("next")).toBe(link);
  await signIn(page, ws.owner, page.url());
  await expect(page).toHaveURL(new RegExp(`${link.replace(/[?]/g, "\\?")}$`));
  // The page opens at the claim: the live editor selects its text.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ""), { timeout: 30_000 }).toBe(exact);
  await context.close();
  await ws.close();
});

test("the workspace switcher lists a workspace created a moment ago, without a reload", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "morgan" });
  const { page } = ws.owner;
  await page.goto("/dashboard");
  const name = `Desk ${Date.now().toString(36)}`;
  await page.getByLabel("Workspace name").fill(name);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("button", { name: /Switch workspace/ }).click();
  await expect(page.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  await ws.close();
});

test("the claim form: caret after the quote, Escape closes it, errors in words next to their field", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const { page } = ws.owner;
  const { text } = article();
  const doc = await importText(ws.owner.context.request, ws.slug, text);
  await openDocument(page, doc.path);
  const quote = "4,200 containers were inspected last year";
  await markWithToolbar(page, quote);

  const item = claimItem(page, quote);
  const textField = item.getByLabel("Claim, as a checkable sentence");
  await expect(textField).toBeFocused();
  const caret = await textField.evaluate((el: HTMLTextAreaElement) => ({ start: el.selectionStart, end: el.selectionEnd, length: el.value.length }));
  expect(caret).toEqual({ start: caret.length, end: caret.length, length: caret.length });
  expect(caret.length).toBeGreaterThan(0);

  await item.getByLabel("Where it appeared").fill("ftp://example.com/clip");
  await item.getByRole("button", { name: "Save claim" }).click();
  await expect(item.getByRole("alert").filter({ hasText: "Check the highlighted field." })).toBeVisible();
  await expect(item.getByText("Enter a web address that starts with http:// or https://.")).toBeVisible();
  await expect(item.getByText(/appearanceUrl/)).toHaveCount(0);
  await expect(item.getByLabel("Where it appeared")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  await item.getByLabel("Where it appeared").press("Escape");
  await expect(item.getByRole("form", { name: "Claim details" })).toHaveCount(0);
  await expect(item.getByRole("button", { name: /Edit claim/ })).toBeFocused();
  await expect(item.getByRole("button", { name: /Edit claim/ })).toHaveAttribute("aria-expanded", "false");
  await ws.close();
});

test("the overview starts with the claims assigned to me, soonest due first", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "morgan" });
  const priya = await ws.addMember("priya", "EDITOR");
  const { text } = article();
  const doc = await importText(ws.owner.context.request, ws.slug, text);
  const stored = ((await (await ws.owner.context.request.get(`/api/w/${ws.slug}/documents/${doc.id}`)).json()) as { document: { text: string } }).document.text;
  const mark = async (exact: string, dueDate: string | null) => {
    const start = stored.indexOf(exact);
    const res = await ws.owner.context.request.post(`/api/w/${ws.slug}/claims`, { data: { documentId: doc.id, start, end: start + exact.length, exact, assigneeId: priya.id, ...(dueDate ? { dueDate } : {}) } });
    expect(res.status(), await res.text()).toBe(201);
  };
  await mark("4,200 containers were inspected last year", "2030-01-15");
  await mark("counted each container twice", "2020-01-01");

  await priya.page.goto(`/w/${ws.slug}`);
  const card = priya.page.locator("section", { has: priya.page.getByRole("heading", { name: "Assigned to you" }) });
  await expect(card).toContainText("2 open claims assigned to you · 1 overdue");
  const rows = priya.page.getByTestId("my-claims").getByRole("listitem");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("counted each container twice");
  await expect(rows.nth(0)).toContainText("Overdue since");
  await expect(rows.nth(1)).toContainText("4,200 containers were inspected last year");
  await expectNoSeriousA11yViolations(priya.page);

  // The owner has nothing assigned: an empty state, not an empty list.
  await ws.owner.page.goto(`/w/${ws.slug}`);
  await expect(ws.owner.page.getByText("Nothing assigned to you")).toBeVisible();
  await ws.close();
});

test("a viewer is offered nothing they may not do, and the read-only settings pass axe", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "morgan" });
  const viewer = await ws.addMember("viewer", "VIEWER");
  await importText(ws.owner.context.request, ws.slug, article().text);
  const { page } = viewer;
  for (const path of [`/w/${ws.slug}`, `/w/${ws.slug}/documents`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Import article" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Import article" })).toHaveCount(0);
  }
  // The read-only details are a definition list with nothing but name/value groups in it (axe definition-list).
  await page.goto(`/w/${ws.slug}/settings`);
  await expect(page.getByText("Only owners and admins can change these settings.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await ws.close();
});

test("time zones: the workspace's (due dates) is saved and shown after saving; mine (the digest's 07:00) too, offered from the browser", async ({ browser }) => {
  const ws = await seedWorkspace(browser, { ownerLabel: "morgan" });
  const { page } = ws.owner;
  await page.goto(`/w/${ws.slug}/settings`);
  const zone = page.getByLabel("Time zone", { exact: true });
  await expect(zone).toHaveValue("UTC");
  await zone.selectOption("America/Chicago");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  // The form shows what was saved, not the value it was loaded with.
  await expect(zone).toHaveValue("America/Chicago");
  await page.reload();
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("America/Chicago");

  // A browser in Tokyo is offered its own zone for the digest.
  const tokyo = await browser.newContext({ timezoneId: "Asia/Tokyo", storageState: await ws.owner.context.storageState() });
  const t = await tokyo.newPage();
  await t.goto("/settings/account");
  const digest = t.getByLabel("Daily digest at 07:00 in");
  await expect(digest).toHaveValue("UTC");
  await t.getByRole("button", { name: "Use Asia/Tokyo (this browser)" }).click();
  await expect(t.getByTestId("notification-preferences").getByRole("status")).toHaveText("Saved.");
  await expect(digest).toHaveValue("Asia/Tokyo");
  await t.reload();
  await expect(t.getByLabel("Daily digest at 07:00 in")).toHaveValue("Asia/Tokyo");
  await expect(t.getByRole("button", { name: /this browser/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(t);
  await tokyo.close();
  await ws.close();
});
