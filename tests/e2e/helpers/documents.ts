import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_WORKSPACE, randomEmail, signIn } from "../support/auth";

export const DEMO_EDITOR = { email: "editor@example.com", password: "factdesk-demo", name: "Priya Nair" };
export const DEMO_REVIEWER = { email: "reviewer1@example.com", password: "factdesk-demo", name: "Tomás Ortega" };
export const OFFLINE_LABEL = "Offline — changes kept on this device";

export type TPerson = { context: BrowserContext; page: Page };

/** A browser context of its own (own cookies, own IndexedDB), signed in through the real form. */
export async function openAs(browser: Browser, user: { email: string; password: string }): Promise<TPerson> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

/** Imports pasted text through the public API as the signed-in user; returns the document's page path. */
export async function importText(request: APIRequestContext, content: string): Promise<{ id: string; path: string }> {
  const res = await request.post(`/api/w/${DEMO_WORKSPACE}/documents`, { data: { kind: "text", content } });
  expect(res.status(), await res.text()).toBe(201);
  const { document } = (await res.json()) as { document: { id: string } };
  return { id: document.id, path: `/w/${DEMO_WORKSPACE}/documents/${document.id}` };
}

/** A fresh article with a unique marker so parallel tests never read each other's documents. */
export function article() {
  const tag = randomUUID().slice(0, 8);
  return {
    tag,
    text: [
      `Port authority audit ${tag} questions container counts`,
      `The harbour office said on Monday that 4,200 containers were inspected last year.`,
      `Critics replied that the figure counted each container twice when it was moved between berths.`,
    ].join("\n\n"),
  };
}

export const editorOf = (page: Page): Locator => page.locator("#document-editor");
export const syncStatusOf = (page: Page): Locator => page.getByTestId("sync-status");

/** Opens the document and waits until the editor is live and caught up with the server. */
export async function openDocument(page: Page, path: string, opts: { editable?: boolean } = {}) {
  await page.goto(path);
  await expect(editorOf(page)).toHaveAttribute("contenteditable", opts.editable === false ? "false" : "true");
  await expect(syncStatusOf(page)).toHaveText(opts.editable === false ? "Up to date" : "Saved");
}

/**
 * Puts the caret at the end of the n-th paragraph and types there like a person. article()'s first
 * line is imported as a heading, so it has paragraphs 0 and 1.
 */
export async function typeAtEndOfParagraph(page: Page, n: number, text: string) {
  await editorOf(page).locator("p").nth(n).click();
  await page.keyboard.press("End");
  await page.keyboard.type(text, { delay: 15 });
}

/**
 * A new account with `role` in the demo workspace: invited by the demo owner through the API,
 * signed up through the API, accepted from its own signed-in context. Tests that change or remove
 * a member use one of these, never the shared demo people.
 */
export async function createDemoMember(
  browser: Browser,
  ownerRequest: APIRequestContext,
  role: "VIEWER" | "EDITOR",
): Promise<TPerson & { name: string; userId: string }> {
  const email = randomEmail(role.toLowerCase());
  const name = `${role === "VIEWER" ? "Viewer" : "Editor"} ${randomUUID().slice(0, 6)}`;
  const password = `member-pass-${randomUUID()}`;
  const invite = await ownerRequest.post(`/api/w/${DEMO_WORKSPACE}/invitations`, { data: { email, role } });
  expect(invite.status(), await invite.text()).toBe(201);
  const { acceptUrl } = (await invite.json()) as { acceptUrl: string };
  const signup = await ownerRequest.post("/api/signup", { data: { email, name, password } });
  expect(signup.status(), await signup.text()).toBe(201);
  const { user } = (await signup.json()) as { user: { id: string } };
  const member = await openAs(browser, { email, password });
  const accept = await member.context.request.post("/api/invitations/accept", { data: { token: acceptUrl.split("/invite/")[1] } });
  expect(accept.status(), await accept.text()).toBe(200);
  return { ...member, name, userId: user.id };
}

export { DEMO_ADMIN };

/**
 * The editor (Priya) and a reviewer (Tomás) signed in, with a freshly imported article open in
 * both browsers: the starting point of every two-person editing test.
 */
export async function twoPeopleOnNewArticle(browser: Browser) {
  const priya = await openAs(browser, DEMO_EDITOR);
  const tomas = await openAs(browser, DEMO_REVIEWER);
  const { tag, text } = article();
  const doc = await importText(priya.context.request, text);
  await openDocument(priya.page, doc.path);
  await openDocument(tomas.page, doc.path);
  return { priya, tomas, tag, doc };
}
