import { existsSync, readFileSync } from "node:fs";

/** Test counts read from the JSON reports vitest and Playwright write, never from their console. */
export type TCounts = { passed: number; failed: number; skipped: number; flaky?: number };

const zero = (): TCounts => ({ passed: 0, failed: 0, skipped: 0 });

type TVitestReport = {
  testResults: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults: Array<{ status: string }>;
  }>;
};

/** Per vitest project, told apart by folder (tests/unit, tests/integration). */
export function readVitestReport(file: string): Record<string, TCounts> | null {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8")) as TVitestReport;
  const byProject: Record<string, TCounts> = {};
  for (const suite of report.testResults) {
    const project = /[/\\]tests[/\\]([^/\\]+)[/\\]/.exec(suite.name)?.[1] ?? "other";
    const c = (byProject[project] ??= zero());
    let failed = 0;
    for (const t of suite.assertionResults) {
      if (t.status === "passed") c.passed++;
      else if (t.status === "failed") failed++;
      else c.skipped++;
    }
    // A file that fails to load, or whose hooks fail, has no failed test of its own: count it once.
    if (suite.status === "failed" && failed === 0) failed = 1;
    c.failed += failed;
  }
  return byProject;
}

type TPlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
};

export function readPlaywrightReport(file: string): TCounts | null {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8")) as TPlaywrightReport;
  const { expected, unexpected, flaky, skipped } = report.stats;
  // Errors outside tests (the web server did not start, a file did not load) fail the run.
  const outside = unexpected === 0 && (report.errors?.length ?? 0) > 0 ? 1 : 0;
  return { passed: expected + flaky, failed: unexpected + outside, skipped, flaky };
}
