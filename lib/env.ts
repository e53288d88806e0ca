import { z } from "zod";

/** Server environment, parsed once. Optional integrations are simply absent when their vars are unset. */
const ZEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm run dev` or set it"),
  AUTH_SECRET: z.string().min(16).optional(),
  APP_URL: z.string().url().optional(),
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  SMTP_URL: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(1).optional(),
  REDIS_URL: z.string().min(1).optional(),
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

const ZMs = (max: number) => z.coerce.number().int("a whole number of milliseconds").min(0).max(max);

/**
 * The collab server's timing settings (lib/collab/create-collab-server.ts has their defaults and
 * meanings), read from the environment by every process that starts one (`npm run dev`/`start`,
 * `npm run collab`) so a test or an operator can change them without code. Separate from env():
 * the collab timings need no database URL to be validated.
 */
const ZCollabTimings = z.object({
  COLLAB_DEBOUNCE_MS: ZMs(60_000).optional(),
  COLLAB_MAX_DEBOUNCE_MS: ZMs(600_000).optional(),
  COLLAB_ACCESS_RECHECK_MS: ZMs(3_600_000).refine((v) => v > 0, "must be more than 0").optional(),
  COLLAB_WRITE_RECHECK_MS: ZMs(3_600_000).optional(),
  COLLAB_CLAIMS_CHANGED_INTERVAL_MS: ZMs(600_000).optional(),
});

export type TCollabTimings = {
  debounceMs?: number;
  maxDebounceMs?: number;
  accessRecheckMs?: number;
  writeRecheckMs?: number;
  claimsChangedIntervalMs?: number;
};

export function collabTimings(source: Record<string, string | undefined> = process.env): TCollabTimings {
  const raw = Object.fromEntries(Object.entries(source).filter(([k, v]) => k.startsWith("COLLAB_") && v !== "" && v !== undefined));
  const parsed = ZCollabTimings.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Bad collab timing setting: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const e = parsed.data;
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
  // Unset stays absent, so the collab server's own defaults apply.
  return Object.fromEntries(Object.entries(timings).filter(([, v]) => v !== undefined)) as TCollabTimings;
}

export const githubEnabled = () => Boolean(env().AUTH_GITHUB_ID && env().AUTH_GITHUB_SECRET);
export const googleEnabled = () => Boolean(env().AUTH_GOOGLE_ID && env().AUTH_GOOGLE_SECRET);
export const smtpEnabled = () => Boolean(env().SMTP_URL);
