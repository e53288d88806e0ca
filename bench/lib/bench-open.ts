import type { Browser, BrowserContext, Page } from "@playwright/test";

/** A document page to open in the benchmarks: its URL, the editor text it must show and how many claim highlights. */
export type TOpenDoc = { label: string; id: string; url: string; claims: number; editorText: string };

const loadedScript = (doc: TOpenDoc) => `(() => {
  const length = ${doc.editorText.length};
  const tail = ${JSON.stringify(doc.editorText.slice(-60))};
  const want = ${doc.claims};
  const ready = () => {
    const el = document.getElementById("document-editor");
    if (!el || el.getAttribute("contenteditable") !== "true") return false;
    const text = el.textContent || "";
    if (text.length < length || !text.includes(tail)) return false;
    if (window.__editableAt === undefined) window.__editableAt = performance.now();
    if (want > 0) {
      const ids = new Set();
      for (const s of el.querySelectorAll("span.claim-mark[data-claim-id]")) ids.add(s.getAttribute("data-claim-id"));
      if (ids.size < want) return false;
    }
    window.__readyAt = performance.now();
    return true;
  };
  const observer = new MutationObserver(() => { if (ready()) observer.disconnect(); });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

export async function distinctHighlights(page: Page): Promise<number> {
  return page.evaluate(() => new Set([...document.querySelectorAll("#document-editor span.claim-mark[data-claim-id]")].map((s) => s.getAttribute("data-claim-id"))).size);
}

/**
 * Opens the page in a fresh context (nothing from the IndexedDB copy) and times, from navigation
 * start, when the editor became editable with the whole text and when all highlights were in.
 */
export async function openOnce(browser: Browser, storageState: Awaited<ReturnType<BrowserContext["storageState"]>>, doc: TOpenDoc) {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  await page.addInitScript(loadedScript(doc));
  await page.goto(doc.url);
  try {
    await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, null, { timeout: 30_000 });
  } catch (e) {
    const seen = await page.evaluate(() => {
      const el = document.getElementById("document-editor");
      return { editable: el?.getAttribute("contenteditable"), chars: el?.textContent?.length ?? null };
    });
    throw new Error(`${doc.label}: never editable with all highlights: ${JSON.stringify({ ...seen, highlights: await distinctHighlights(page), want: doc.claims })}`, { cause: e });
  }
  const t = (await page.evaluate(() => ({ editable: (window as unknown as { __editableAt: number }).__editableAt, ready: (window as unknown as { __readyAt: number }).__readyAt }))) as {
    editable: number;
    ready: number;
  };
  return { context, page, ...t };
}

