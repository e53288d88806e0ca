import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe-core on the page as it is now; serious and critical violations fail the test, each listed with its element. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map((n) => `${v.impact}: ${v.id} (${v.help}) at ${n.target.join(" ")}: ${n.html.slice(0, 160)} — ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`),
    );
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}
