import { availableParallelism } from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "./scripts/lib/e2e-browser";

/**
 * End-to-end tests against the BUILT app (`npm run build` first; `npm test` does it), started by
 * `npm run start` on a fresh database: the embedded PostgreSQL, or a `<db>_e2e` database next to
 * DATABASE_URL when that is set. Debian's Chromium when installed (Playwright cannot download its
 * own browser here), else Playwright's.
 */

const PORT = Number(process.env.E2E_PORT ?? 3210);
const CI = !!process.env.CI;

export default defineConfig({
  testDir: "tests/e2e",
  // The fixture web site sources are archived from (tests/e2e/support/fixture-site.ts), on E2E_PORT + 1.
  globalSetup: "./tests/e2e/support/global-setup.ts",
  // Only Playwright's own artefacts: it empties this folder at every start.
  outputDir: "test-results/e2e",
  fullyParallel: true,
  forbidOnly: CI,
  // No retries, in CI either: a test that needs one is a bug to find, and a newcomer's run has none.
  retries: 0,
  // One test per two cores (at most 4): each test drives two or three browser pages that compile
  // and run the editor, against one shared server. Two tests on a two-core machine starved the
  // browsers: opening a document took a median 7.7 s and up to 18 s (6 of 22 opens over the 10 s
  // expect timeout) versus 2.6 s / 4.2 s with one (see the commit that set this). `--workers` overrides.
  workers: Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2))),
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
          executablePath: systemChromium(),
          args: CHROMIUM_ARGS,
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
    env: {
      PORT: String(PORT),
      E2E_FRESH_DB: "1",
      // The evidence tests archive pages served by a fixture server of their own on the next port.
      FACTDESK_FETCH_TEST_LOOPBACK_HOSTS: `localhost:${PORT + 1},127.0.0.1:${PORT + 1}`,
      // Every test signs up its own people, all from localhost: the per-IP sign-up limit would stop the suite.
      SIGNUP_MAX_PER_HOUR: "10000",
      NEXT_TELEMETRY_DISABLED: "1",
      // Access changes take effect at once instead of after the production windows (5 s before a
      // write, a 10 s sweep), so the tests that demote or remove someone wait for the event, not a clock.
      COLLAB_WRITE_RECHECK_MS: "0",
      COLLAB_ACCESS_RECHECK_MS: "1000",
    },
    stdout: "ignore",
    stderr: "pipe",
    // Lets scripts/start.ts stop Next and PostgreSQL cleanly instead of a SIGKILL to the group.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
