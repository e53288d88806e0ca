import { envVar } from "@/lib/env";

/**
 * Structured logs: one JSON object per line on stdout/stderr, so any log shipper can parse them.
 * Tiny on purpose — pino's worker threads do not survive Next's server bundling well.
 */
type TLevel = "debug" | "info" | "warn" | "error";
const order: Record<TLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = order[envVar("LOG_LEVEL")];

function serialise(v: unknown): unknown {
  if (v instanceof Error) return { name: v.name, message: v.message, stack: v.stack, cause: v.cause ? serialise(v.cause) : undefined };
  return v;
}

function write(level: TLevel, msg: string, fields?: Record<string, unknown>) {
  if (order[level] < threshold) return;
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, msg };
  for (const [k, v] of Object.entries(fields ?? {})) entry[k] = serialise(v);
  const line = JSON.stringify(entry) + "\n";
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line);
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => write("debug", msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write("info", msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write("warn", msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write("error", msg, fields),
};
