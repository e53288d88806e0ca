import { z } from "zod";

const ms = (name: string) => z.coerce.number({ error: `${name} must be a number of milliseconds.` }).int().min(0);

/**
 * Server environment, parsed once; every variable the app reads is here and in README.md's
 * configuration table. Optional integrations are simply absent when their vars are unset.
 * (The start-up scripts read PORT, HOSTNAME_BIND and NODE_ENV themselves: they run before this.)
 */
const ZEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm run dev` or set it"),
  DATABASE_POOL_SIZE: z.coerce.number({ error: "DATABASE_POOL_SIZE must be a number." }).int().min(1).max(1000).default(10),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  AUTH_SECRET: z.string().min(16).optional(),
  APP_URL: z.string().url().optional(),
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  SMTP_URL: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(1).optional(),
  REDIS_URL: z.string().min(1).optional(),
  // Where browsers open the collab WebSocket when collab runs as its own service (ws:// or wss://).
  COLLAB_PUBLIC_URL: z.string().url().optional(),
  // "1": a reverse proxy in front sets X-Forwarded-For/-Proto, so they are believed; else they are replaced.
  TRUST_PROXY: z.enum(["0", "1"]).optional(),
  // `npm run collab` (the collab service alone): where it listens and what it calls itself in Redis.
  COLLAB_PORT: z.coerce.number().int().min(0).max(65535).default(1234),
  COLLAB_HOST: z.string().min(1).optional(),
  COLLAB_NAME: z.string().min(1).default("collab"),
  // Collab store and access timing; unset → the defaults in lib/collab/create-collab-server.ts.
  COLLAB_DEBOUNCE_MS: ms("COLLAB_DEBOUNCE_MS").optional(),
  COLLAB_MAX_DEBOUNCE_MS: ms("COLLAB_MAX_DEBOUNCE_MS").optional(),
  COLLAB_ACCESS_RECHECK_MS: ms("COLLAB_ACCESS_RECHECK_MS").optional(),
  COLLAB_WRITE_RECHECK_MS: ms("COLLAB_WRITE_RECHECK_MS").optional(),
  COLLAB_CLAIMS_CHANGED_INTERVAL_MS: ms("COLLAB_CLAIMS_CHANGED_INTERVAL_MS").optional(),
  // Sign-up attempts one IP may make per hour (default 30). The e2e server raises it: every test signs up from localhost.
  SIGNUP_MAX_PER_HOUR: z.coerce.number({ error: "SIGNUP_MAX_PER_HOUR must be a whole number." }).int().min(1).optional(),
  // Tests only (honoured only under NODE_ENV=test or in the e2e server): host:port pairs the URL fetcher may reach on loopback.
  FACTDESK_FETCH_TEST_LOOPBACK_HOSTS: z.string().optional(),
  // "1": the e2e server (scripts/start.ts recreates its database at every start). Never set in a deployment.
  E2E_FRESH_DB: z.enum(["0", "1"]).optional(),
  // Set by npm from package.json when started through an npm script.
  npm_package_version: z.string().optional(),
  // "0": the web server does not run the background worker (a separate `npm run worker` does).
  RUN_WORKER: z.enum(["0", "1"], { error: "RUN_WORKER must be 0 or 1" }).optional(),
  // How long the snapshot job waits for a source page (default 15000); tests shorten it.
  SNAPSHOT_FETCH_TIMEOUT_MS: ms("SNAPSHOT_FETCH_TIMEOUT_MS").optional(),
  // Optional Wayback Machine captures of archived sources (Save Page Now): both keys, or neither.
  ARCHIVE_ORG_ACCESS_KEY: z.string().min(1).optional(),
  ARCHIVE_ORG_SECRET: z.string().min(1).optional(),
  // Where Save Page Now requests go; tests point it at a local stand-in.
  ARCHIVE_ORG_SAVE_URL: z.string().url().default("https://web.archive.org/save"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (!cached) {
    // Empty strings (common in .env files and compose) mean "unset".
    const raw = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
    cached = ZEnv.parse(raw);
  }
  return cached;
}

/**
 * One variable, parsed by its rule above, read now and without requiring the others: for code
 * that runs before the app is configured (logging in the start-up scripts) or whose variable
 * tests change at run time.
 */
export function envVar<K extends keyof TEnv>(name: K): TEnv[K] {
  const raw = process.env[name];
  return ZEnv.shape[name].parse(raw === "" ? undefined : raw) as TEnv[K];
}

const COLLAB_TIMING_KEYS = {
  COLLAB_DEBOUNCE_MS: true,
  COLLAB_MAX_DEBOUNCE_MS: true,
  COLLAB_ACCESS_RECHECK_MS: true,
  COLLAB_WRITE_RECHECK_MS: true,
  COLLAB_CLAIMS_CHANGED_INTERVAL_MS: true,
} as const;

export type TCollabTimings = {
  debounceMs?: number;
  maxDebounceMs?: number;
  accessRecheckMs?: number;
  writeRecheckMs?: number;
  claimsChangedIntervalMs?: number;
};

/**
 * The collab server's timing settings (lib/collab/create-collab-server.ts has their defaults and
 * meanings), for every process that starts one (`npm run dev`/`start`, `npm run collab`), so a test
 * or an operator can change them without code. Parsed with env()'s own rules but without requiring
 * the rest of the environment; unset stays absent, so the collab server's defaults apply.
 */
export function collabTimings(source: Record<string, string | undefined> = process.env): TCollabTimings {
  const raw = Object.fromEntries(Object.entries(source).filter(([k, v]) => k in COLLAB_TIMING_KEYS && v !== "" && v !== undefined));
  const parsed = ZEnv.pick(COLLAB_TIMING_KEYS).safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Bad collab timing setting: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const e = parsed.data;
  if (e.COLLAB_ACCESS_RECHECK_MS === 0) throw new Error("Bad collab timing setting: COLLAB_ACCESS_RECHECK_MS must be more than 0");
  if (e.COLLAB_DEBOUNCE_MS !== undefined && e.COLLAB_MAX_DEBOUNCE_MS !== undefined && e.COLLAB_MAX_DEBOUNCE_MS < e.COLLAB_DEBOUNCE_MS) {
    throw new Error("Bad collab timing setting: COLLAB_MAX_DEBOUNCE_MS must not be less than COLLAB_DEBOUNCE_MS");
  }
  const timings: TCollabTimings = {
    debounceMs: e.COLLAB_DEBOUNCE_MS,
    maxDebounceMs: e.COLLAB_MAX_DEBOUNCE_MS,
    accessRecheckMs: e.COLLAB_ACCESS_RECHECK_MS,
    writeRecheckMs: e.COLLAB_WRITE_RECHECK_MS,
    claimsChangedIntervalMs: e.COLLAB_CLAIMS_CHANGED_INTERVAL_MS,
  };
  return Object.fromEntries(Object.entries(timings).filter(([, v]) => v !== undefined)) as TCollabTimings;
}

export const githubEnabled = () => Boolean(env().AUTH_GITHUB_ID && env().AUTH_GITHUB_SECRET);
export const googleEnabled = () => Boolean(env().AUTH_GOOGLE_ID && env().AUTH_GOOGLE_SECRET);
export const smtpEnabled = () => Boolean(env().SMTP_URL);
export const trustProxy = () => env().TRUST_PROXY === "1";
/** `next dev` (React needs eval there for its error overlays); a literal so bundlers can fold it. */
export const isDevelopment = () => process.env.NODE_ENV === "development";
export const isTest = () => process.env.NODE_ENV === "test";
