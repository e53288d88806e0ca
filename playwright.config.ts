import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the BUILT app (`npm run build` first; `npm test` does it), started by
 * `npm run start` on a fresh database: the embedded PostgreSQL, or a `<db>_e2e` database next to
 * DATABASE_URL when that is set. Debian's Chromium when installed (Playwright cannot download its
 * own browser here), else Playwright's.
 */

const PORT = Number(process.env.E2E_PORT ?? 3210);
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const CI = !!process.env.CI;

export default defineConfig({
  testDir: "tests/e2e",
  // Only Playwright's own artefacts: it empties this folder at every start.
  outputDir: "test-results/e2e",
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: "test-results/playwright.json" }],
    ["html", { outputFolder: "playwright-report", open: "never" }],
  ],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    video: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    command: "npm run start",
    url: `http://localhost:${PORT}/api/health`,
    // A server left on this port would be an old build: fail loudly instead of testing it.
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(PORT), E2E_FRESH_DB: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdout: "ignore",
    stderr: "pipe",
    // Lets scripts/start.ts stop Next and PostgreSQL cleanly instead of a SIGKILL to the group.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
