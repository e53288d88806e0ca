import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { editorOf } from "./documents";

/**
 * Selects the first occurrence of `text` inside one block of the editor, the way a drag would:
 * a DOM selection that ProseMirror reads (text inside claim highlights is split over nested spans,
 * so the text nodes of each block are searched together).
 */
export async function selectText(page: Page, text: string) {
  await editorOf(page).focus();
  const found = await editorOf(page).evaluate((root, wanted) => {
    for (const block of root.querySelectorAll("p, h1, h2, h3, li")) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        all += (n as Text).data;
      }
      const at = all.indexOf(wanted);
      if (at === -1) continue;
      const locate = (offset: number, preferEnd: boolean) => {
        let seen = 0;
        for (const node of nodes) {
          const len = node.data.length;
          if (offset < seen + len || (preferEnd && offset === seen + len)) return { node, offset: offset - seen };
          seen += len;
        }
        const last = nodes[nodes.length - 1]!;
        return { node: last, offset: last.data.length };
      };
      const start = locate(at, false);
      const end = locate(at + wanted.length, true);
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }
    return false;
  }, text);
  expect(found, `"${text}" in the editor`).toBe(true);
  // ProseMirror takes the DOM selection on selectionchange; wait until its own state has it (Tiptap
  // hangs the editor on its DOM node), not just the DOM.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe(text);
  await expect
    .poll(() =>
      editorOf(page).evaluate((el) => {
        const editor = (el as HTMLElement & { editor?: { state: { selection: { from: number; to: number }; doc: { textBetween: (a: number, b: number, sep: string) => string } } } }).editor;
        if (!editor) return null;
        const { from, to } = editor.state.selection;
        return editor.state.doc.textBetween(from, to, "\n");
      }),
    )
    .toBe(text);
}

export const claimsPanelOf = (page: Page): Locator => page.getByTestId("claims-panel");
export const claimItemsOf = (page: Page): Locator => claimsPanelOf(page).getByTestId("claim-item");
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The panel entry whose quote is exactly `quote` (a longer claim around it is another entry). */
export const claimItem = (page: Page, quote: string): Locator =>
  claimItemsOf(page).filter({ has: page.locator('[data-testid="claim-quote"]', { hasText: new RegExp(`^“${escapeRegExp(quote)}”$`) }) });
export const highlightsOf = (page: Page): Locator => editorOf(page).locator(".claim-mark[data-claim-id]");
export const reanchorListOf = (page: Page): Locator => page.getByTestId("reanchor-list");

/** The claim id of a panel entry. */
export async function claimIdOf(item: Locator): Promise<string> {
  const id = await item.getAttribute("data-claim-id");
  expect(id).toBeTruthy();
  return id!;
}

/** The highlight's computed background: transparent for an unstyled (unknown or detached) mark. */
export async function highlightBackground(page: Page, claimId: string): Promise<string> {
  return editorOf(page)
    .locator(`.claim-mark[data-claim-id="${claimId}"]`)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** Selects `quote` and presses the toolbar's Mark claim; waits until the panel lists it. */
export async function markWithToolbar(page: Page, quote: string) {
  await selectText(page, quote);
  await page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Mark claim" }).click();
  await expect(claimItem(page, quote)).toHaveCount(1);
}

/** The claims of a document through the API, as the signed-in user of `request`. */
export async function listClaimsApi(request: APIRequestContext, slug: string, documentId: string) {
  const res = await request.get(`/api/w/${slug}/claims?documentId=${documentId}&pageSize=500`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as { claims: { id: string; version: number; status: string; detachedAt: string | null; quote: { exact: string } }[] };
}
