import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { expect, type APIRequestContext, type Browser, type Locator, type Page, type WebSocket } from "@playwright/test";
import { seedWorkspace } from "../support/seed";

export const OFFLINE_LABEL = "Offline — changes kept on this device";

/** Imports pasted text through the public API as the signed-in user; returns the document's page path. */
export async function importText(request: APIRequestContext, slug: string, content: string): Promise<{ id: string; path: string }> {
  const res = await request.post(`/api/w/${slug}/documents`, { data: { kind: "text", content } });
  expect(res.status(), await res.text()).toBe(201);
  const { document } = (await res.json()) as { document: { id: string } };
  return { id: document.id, path: `/w/${slug}/documents/${document.id}` };
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

/**
 * Opens the document and waits until the editor is live and caught up with the server. With
 * E2E_OPEN_TIMINGS=<file> it appends each open's timeline there (ms from navigation: page loaded,
 * collab socket created, first frame received, editable, saved), the figures behind the e2e
 * worker count in playwright.config.ts.
 */
export async function openDocument(page: Page, path: string, opts: { editable?: boolean } = {}) {
  const t0 = Date.now();
  const marks: Record<string, number> = {};
  const onSocket = (ws: WebSocket) => {
    if (new URL(ws.url()).pathname !== "/ws/collab" || marks.socket !== undefined) return;
    marks.socket = Date.now() - t0;
    ws.once("framereceived", () => (marks.firstFrame = Date.now() - t0));
  };
  page.on("websocket", onSocket);
  await page.goto(path);
  marks.loaded = Date.now() - t0;
  await expect(editorOf(page)).toHaveAttribute("contenteditable", opts.editable === false ? "false" : "true");
  marks.editable = Date.now() - t0;
  await expect(syncStatusOf(page)).toHaveText(opts.editable === false ? "Up to date" : "Saved");
  marks.saved = Date.now() - t0;
  page.off("websocket", onSocket);
  if (process.env.E2E_OPEN_TIMINGS) appendFileSync(process.env.E2E_OPEN_TIMINGS, `${JSON.stringify({ at: new Date().toISOString(), path, ...marks })}\n`);
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
 * The collab WebSockets a page opens from now on. Lets a test prove that nothing can reach a page
 * (every socket it had is closed, and it opened no other) instead of waiting to see nothing arrive.
 */
export function collabSocketsOf(page: Page) {
  const sockets: WebSocket[] = [];
  page.on("websocket", (ws) => {
    if (new URL(ws.url()).pathname === "/ws/collab") sockets.push(ws);
  });
  return {
    /** How many are open right now. */
    open: () => sockets.filter((ws) => !ws.isClosed()).length,
    /** Waits until the page has had at least one and every one it had is closed. */
    allClosed: async () => {
      await expect.poll(() => sockets.length > 0 && sockets.every((ws) => ws.isClosed()), { message: "the page's collab sockets all closed" }).toBe(true);
    },
  };
}

/**
 * Resolves once every IndexedDB write y-indexeddb has started for this page's documents is
 * committed: a read-only transaction on the same store cannot start before the read-write ones
 * created earlier have finished (IndexedDB's transaction ordering), and y-indexeddb creates its
 * write in the same Y.js update event that changes the editor's text.
 */
export async function localCopyCommitted(page: Page, documentId: string) {
  const entries = await page.evaluate(async (docId) => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? "").filter((n) => n.endsWith(`:doc:${docId}`));
    let total = 0;
    for (const name of names) {
      total += await new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("updates", "readonly");
          const count = tx.objectStore("updates").count();
          tx.oncomplete = () => {
            db.close();
            resolve(count.result);
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    }
    return total;
  }, documentId);
  expect(entries, "updates kept in this browser's copy of the document").toBeGreaterThan(0);
}

/**
 * Two people in a workspace of their own (Priya, an editor, owns it; Tomás is a reviewer), with a
 * freshly imported article open in both browsers: the starting point of every two-person editing test.
 */
export async function twoPeopleOnNewArticle(browser: Browser) {
  const ws = await seedWorkspace(browser, { ownerLabel: "priya" });
  const priya = ws.owner;
  const tomas = await ws.addMember("tomas", "REVIEWER");
  const { tag, text } = article();
  const doc = await importText(priya.context.request, ws.slug, text);
  const sockets = { priya: collabSocketsOf(priya.page), tomas: collabSocketsOf(tomas.page) };
  await openDocument(priya.page, doc.path);
  await openDocument(tomas.page, doc.path);
  return { ws, priya, tomas, tag, doc, sockets };
}
