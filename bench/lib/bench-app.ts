import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort, startEmbeddedPostgres } from "@/scripts/lib/database";

export type TBenchApp = { baseUrl: string; mode: string; stop: () => Promise<void> };

async function waitForHealth(baseUrl: string, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the app did not answer ${baseUrl}/api/health within ${ms / 1000} s`);
}

/**
 * The app to measure: BENCH_BASE_URL as is (say what it is), or the production build started
 * here on its own embedded PostgreSQL so a benchmark never touches dev or e2e data.
 */
export async function startBenchApp(): Promise<TBenchApp> {
  if (process.env.BENCH_BASE_URL) {
    const baseUrl = process.env.BENCH_BASE_URL.replace(/\/$/, "");
    await waitForHealth(baseUrl, 10_000);
    return { baseUrl, mode: `existing server at ${baseUrl}`, stop: async () => {} };
  }
  if (!existsSync(".next/BUILD_ID")) {
    throw new Error("No production build: run `npm run build` first (or set BENCH_BASE_URL to a running server).");
  }
  const db = await startEmbeddedPostgres({ dataDir: ".data/bench-pg", database: "factdesk_bench", quiet: true });
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child = spawn("npm", ["run", "start"], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), APP_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([new Promise((r) => child.once("exit", r)), new Promise((r) => setTimeout(r, 10_000))]);
    }
    await db.stop();
  };
  try {
    await waitForHealth(baseUrl, 120_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, mode: "production build (npm start), embedded PostgreSQL", stop };
}
