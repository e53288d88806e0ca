import { existsSync, mkdirSync, rmSync } from "node:fs";
import { BROWSER_HELP, checkE2eBrowser, systemChromium } from "./lib/e2e-browser";
import { runTool } from "./lib/test-process";
import { readPlaywrightReport, readVitestReport, type TCounts } from "./lib/test-reports";

/**
 * `npm test`: typecheck, lint, unit + integration tests (vitest, real PostgreSQL), `next build`,
 * end-to-end tests (Playwright on the built app), in that order, stopping at the first failing
 * stage. Ends with a summary and one closing line `N passed, N failed` (tests of vitest and
 * Playwright together), which CI reads along with the exit code.
 *
 *   npm test -- --only unit,integration     run some stages
 *   npm test -- --skip build,e2e            leave some out (e2e needs a build from before)
 */

const STAGES = ["typecheck", "lint", "unit", "integration", "build", "e2e"] as const;
type TStageName = (typeof STAGES)[number];

const VITEST_REPORT = "test-results/vitest.json";
const PLAYWRIGHT_REPORT = "test-results/playwright.json";

type TResult = {
  label: string;
  ok: boolean;
  ms: number;
  counts: Array<{ name: string; counts: TCounts }>;
  note?: string;
};

function parseArgs(argv: string[]): Set<TStageName> {
  const list = (flag: string) => {
    const i = argv.indexOf(flag);
    if (i === -1) return null;
    const names = (argv[i + 1] ?? "").split(",").filter(Boolean);
    for (const n of names) {
      if (!STAGES.includes(n as TStageName)) {
        console.error(`unknown stage "${n}"; stages are: ${STAGES.join(", ")}`);
        process.exit(2);
      }
    }
    return names as TStageName[];
  };
  const only = list("--only");
  const skip = list("--skip") ?? [];
  return new Set(STAGES.filter((s) => (only ? only.includes(s) : true) && !skip.includes(s)));
}

function checkNode() {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(`Node ${process.versions.node} is too old: Factdesk needs Node 22.12 or newer (see .nvmrc).`);
    process.exit(1);
  }
}

const banner = (text: string) => process.stdout.write(`\n\x1b[1m\x1b[36m▶ ${text}\x1b[0m\n\n`);

async function timed(fn: () => Promise<number>): Promise<{ code: number; ms: number }> {
  const t0 = Date.now();
  const code = await fn();
  return { code, ms: Date.now() - t0 };
}

async function runStage(name: string, tool: string, args: string[], env?: Record<string, string>): Promise<TResult> {
  banner(`${name}: ${tool} ${args.join(" ")}`);
  const { code, ms } = await timed(() => runTool(tool, args, env));
  return { label: name, ok: code === 0, ms, counts: [] };
}

async function runVitest(projects: TStageName[]): Promise<TResult> {
  rmSync(VITEST_REPORT, { force: true });
  const args = ["run", ...projects.map((p) => `--project=${p}`), "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`];
  const result = await runStage(projects.join(" + "), "vitest", args);
  const report = readVitestReport(VITEST_REPORT);
  if (report) {
    result.counts = projects.map((p) => ({ name: p, counts: report[p] ?? { passed: 0, failed: 0, skipped: 0 } }));
  }
  return trustNoZeroExit(result);
}

async function runPlaywright(): Promise<TResult> {
  rmSync(PLAYWRIGHT_REPORT, { force: true });
  if (!existsSync(".next/BUILD_ID")) {
    console.error("e2e tests run against the built app, and there is no build: run `npm run build` first (or `npm test` without --skip build).");
    return { label: "e2e", ok: false, ms: 0, counts: [] };
  }
  if (!(await ensureE2eBrowser())) return { label: "e2e", ok: false, ms: 0, counts: [] };
  const result = await runStage("e2e", "playwright", ["test"]);
  const report = readPlaywrightReport(PLAYWRIGHT_REPORT);
  if (report) result.counts = [{ name: "e2e", counts: report }];
  return trustNoZeroExit(result);
}

/**
 * A newcomer's laptop has neither Debian's Chromium nor Playwright's: download Playwright's once
 * (what the README tells people to do by hand), and if that is not possible say exactly what to run.
 */
async function ensureE2eBrowser(): Promise<boolean> {
  const first = await checkE2eBrowser(systemChromium());
  if (first.ok) return true;
  if (first.missing) {
    banner("e2e: no Chromium found; installing Playwright's (npx playwright install chromium)");
    // A failed download has said why above; a browser that downloaded but cannot start says it here.
    if ((await runTool("playwright", ["install", "chromium"])) === 0) {
      const again = await checkE2eBrowser(systemChromium());
      if (again.ok) return true;
      console.error(`\nPlaywright's Chromium was installed but does not start:\n${again.message.split("\n").slice(0, 12).join("\n")}\n`);
    }
  } else {
    console.error(`\nChromium is installed but does not start:\n${first.message.split("\n").slice(0, 12).join("\n")}\n`);
  }
  console.error(BROWSER_HELP);
  return false;
}

/** A tool that exits 0 with failed tests in its report (a library's exit hook once did that) still fails. */
function trustNoZeroExit(result: TResult): TResult {
  if (result.counts.some((c) => c.counts.failed > 0)) result.ok = false;
  return result;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

function printSummary(results: TResult[], notRun: string[], totalMs: number): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];
  for (const r of results) {
    const testFailures = r.counts.reduce((n, c) => n + c.counts.failed, 0);
    // A failing stage that reports no failing test (tsc, eslint, a crash) still counts as a failure.
    if (!r.ok && testFailures === 0) {
      failed += 1;
      r.note = r.counts.length ? "failed outside any test (counted as 1 failure)" : "failed (counted as 1 failure)";
    }
    const mark = r.ok ? "\x1b[32m✓\x1b[0m" : "\x1b[31m✗\x1b[0m";
    lines.push(`${mark} ${r.label.padEnd(22)} ${seconds(r.ms).padStart(7)}${r.note ? `  ${r.note}` : ""}`);
    for (const { name, counts } of r.counts) {
      passed += counts.passed;
      failed += counts.failed;
      const extra = [counts.skipped ? `${counts.skipped} skipped` : "", counts.flaky ? `${counts.flaky} flaky (passed on retry)` : ""].filter(Boolean);
      lines.push(`    ${name.padEnd(20)} ${counts.passed} passed, ${counts.failed} failed${extra.length ? `, ${extra.join(", ")}` : ""}`);
    }
  }
  for (const s of notRun) lines.push(`- ${s.padEnd(22)}     not run (an earlier stage failed)`);
  process.stdout.write(`\n\x1b[1mSummary\x1b[0m (${seconds(totalMs)} in all)\n${lines.join("\n")}\n\n`);
  return { passed, failed };
}

async function main() {
  checkNode();
  const selected = parseArgs(process.argv.slice(2));
  mkdirSync("test-results", { recursive: true });
  const t0 = Date.now();
  const results: TResult[] = [];
  const notRun: string[] = [];

  const plan: Array<{ label: string; run: () => Promise<TResult> }> = [];
  if (selected.has("typecheck")) plan.push({ label: "typecheck", run: () => runStage("typecheck", "tsc", ["--noEmit"]) });
  if (selected.has("lint")) plan.push({ label: "lint", run: () => runStage("lint", "eslint", ["."]) });
  const vitestProjects = (["unit", "integration"] as const).filter((p) => selected.has(p));
  // One vitest process for both projects: one start-up, one PostgreSQL.
  if (vitestProjects.length) plan.push({ label: vitestProjects.join(" + "), run: () => runVitest([...vitestProjects]) });
  if (selected.has("build")) {
    plan.push({ label: "build", run: () => runStage("build", "next", ["build"], { NEXT_TELEMETRY_DISABLED: "1" }) });
  }
  if (selected.has("e2e")) plan.push({ label: "e2e", run: runPlaywright });

  for (const step of plan) {
    if (results.some((r) => !r.ok)) {
      notRun.push(step.label);
      continue;
    }
    results.push(await step.run());
  }

  const { passed, failed } = printSummary(results, notRun, Date.now() - t0);
  const ok = results.every((r) => r.ok) && failed === 0;
  // The closing line CI reads: keep it last and plain.
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.stdout.write("0 passed, 1 failed\n");
  process.exit(1);
});
