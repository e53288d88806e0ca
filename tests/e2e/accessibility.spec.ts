import { test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { DEMO_ADMIN, DEMO_WORKSPACE, signIn } from "./support/auth";

for (const path of ["/signin", "/signup"]) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  });
}

test.describe("signed in as the demo admin", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO_ADMIN);
  });

  for (const path of ["/dashboard", `/w/${DEMO_WORKSPACE}/members`, `/w/${DEMO_WORKSPACE}/sources`]) {
    test(`${path} has no serious accessibility violations`, async ({ page }) => {
      const response = await page.goto(path);
      test.expect(response?.status()).toBe(200);
      await expectNoSeriousA11yViolations(page);
    });
  }
});
