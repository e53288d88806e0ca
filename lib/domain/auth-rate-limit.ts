/** Sliding-window limits on failed password sign-ins (per account and per IP). */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LOGIN_MAX_FAILURES = 10;

export function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/**
 * Given the failures inside the window (newest first), when may the next attempt be made?
 * The limit lifts as soon as the oldest failure that makes up the tenth slides out of the window.
 * Returns seconds to wait, or 0 when not limited.
 */
export function retryAfterSeconds(failuresNewestFirst: Date[], now: Date): number {
  const tenth = failuresNewestFirst[LOGIN_MAX_FAILURES - 1];
  if (!tenth) return 0;
  const ms = tenth.getTime() + LOGIN_WINDOW_MS - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}
