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
  // Where browsers open the collab WebSocket when collab runs as its own service (ws:// or wss://).
  COLLAB_PUBLIC_URL: z.string().url().optional(),
  // "1": a reverse proxy in front sets X-Forwarded-For/-Proto, so they are believed; else they are replaced.
  TRUST_PROXY: z.enum(["0", "1"]).optional(),
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

export const githubEnabled = () => Boolean(env().AUTH_GITHUB_ID && env().AUTH_GITHUB_SECRET);
export const googleEnabled = () => Boolean(env().AUTH_GOOGLE_ID && env().AUTH_GOOGLE_SECRET);
export const smtpEnabled = () => Boolean(env().SMTP_URL);
export const trustProxy = () => env().TRUST_PROXY === "1";
/** `next dev` (React needs eval there for its error overlays); a literal so bundlers can fold it. */
export const isDevelopment = () => process.env.NODE_ENV === "development";
