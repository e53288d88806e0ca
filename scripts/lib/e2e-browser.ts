import { existsSync } from "node:fs";

/**
 * The browser the end-to-end tests run in: Debian's Chromium when installed (Playwright cannot
 * download its own everywhere), else Playwright's. playwright.config.ts and `npm test` share this.
 */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function systemChromium(): string | undefined {
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

export type TBrowserCheck = { ok: true } | { ok: false; missing: boolean; message: string };

/**
 * Launches the browser exactly as the tests will (same executable, same arguments) and closes it:
 * a missing download and a browser that cannot start on this system are told apart, because only
 * the first is fixed by `playwright install`.
 */
export async function checkE2eBrowser(executablePath: string | undefined): Promise<TBrowserCheck> {
  const { chromium } = await import("@playwright/test");
  try {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    await browser.close();
    return { ok: true };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, missing: /Executable doesn't exist|playwright install/i.test(message), message };
  }
}

export const BROWSER_HELP = [
  "The end-to-end tests need Chromium, and none could be started.",
  "Install one, then run `npm test` again:",
  "  - Playwright's own:   npx playwright install --with-deps chromium   (downloads it; --with-deps also installs the system libraries it needs, with sudo)",
  `  - or Debian/Ubuntu's: sudo apt-get install -y chromium              (used from ${SYSTEM_CHROMIUM})`,
  "To run everything else meanwhile: npm test -- --skip e2e",
].join("\n");
