import "server-only";
import { db } from "@/lib/db";

export type THealth = { status: "ok" | "error"; database: { ok: boolean; latencyMs: number; error?: string }; version: string; uptimeSeconds: number };

/** Liveness + readiness in one: the app is healthy when PostgreSQL answers a query. */
export async function checkHealth(): Promise<THealth> {
  const t0 = performance.now();
  let database: THealth["database"];
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database did not answer within 3 s")), 3000)),
    ]);
    database = { ok: true, latencyMs: Math.round(performance.now() - t0) };
  } catch (e) {
    database = { ok: false, latencyMs: Math.round(performance.now() - t0), error: e instanceof Error ? e.message : String(e) };
  }
  return {
    status: database.ok ? "ok" : "error",
    database,
    version: process.env.npm_package_version ?? "0.1.0",
    uptimeSeconds: Math.round(process.uptime()),
  };
}
