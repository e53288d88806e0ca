/**
 * Sign-in throttling (docs/SECURITY.md, "Sign-in throttling"). Three rules, all pure here:
 * - per IP: 10 failures in 15 minutes stop that IP, whatever accounts it tries;
 * - per account: after 5 failures since the last success, each attempt waits for an exponential
 *   back-off (15 s doubling, capped at 5 minutes) after the latest failure. It delays, never locks,
 *   so a stranger cannot shut a colleague out, and a known device skips it altogether;
 * - per known device: 10 failures in 15 minutes make that device cookie count as unknown again.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LOGIN_MAX_FAILURES = 10;

export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_BACKOFF_BASE_MS = 15_000;
export const ACCOUNT_BACKOFF_CAP_MS = 5 * 60_000;
/** Failures older than this no longer count towards an account's back-off. */
export const ACCOUNT_FAILURE_MEMORY_MS = 60 * 60_000;

/** Sign-ups per IP: generous enough for a newsroom joining from one office address on day one. */
export const SIGNUP_WINDOW_MS = 60 * 60_000;
export const SIGNUP_MAX_PER_WINDOW = 30;

/** "12 seconds", "3 minutes": how long to wait, for a sentence. */
export function inWords(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds));
    return `${s} ${s === 1 ? "second" : "seconds"}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

export function rateLimitMessage(retryAfterSeconds: number): string {
  return `Too many failed sign-in attempts. Try again in ${inWords(retryAfterSeconds)}.`;
}

export function signUpRateLimitMessage(retryAfterSeconds: number): string {
  return `Too many accounts were created from your network recently. Try again in ${inWords(retryAfterSeconds)}.`;
}

/**
 * Given the events inside a sliding window (newest first), when may the next one happen, if at
 * most `max` fit in `windowMs`? The limit lifts as soon as the `max`-th newest leaves the window.
 * Returns seconds to wait, or 0 when not limited.
 */
export function retryAfterSeconds(eventsNewestFirst: Date[], now: Date, max = LOGIN_MAX_FAILURES, windowMs = LOGIN_WINDOW_MS): number {
  const limiting = eventsNewestFirst[max - 1];
  if (!limiting) return 0;
  const ms = limiting.getTime() + windowMs - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** How long an account waits after its n-th consecutive failure: 0 below 5, then 15 s, 30 s, … 5 min. */
export function accountBackoffMs(consecutiveFailures: number): number {
  if (consecutiveFailures < ACCOUNT_FREE_FAILURES) return 0;
  const doublings = Math.min(consecutiveFailures - ACCOUNT_FREE_FAILURES, 20);
  return Math.min(ACCOUNT_BACKOFF_BASE_MS * 2 ** doublings, ACCOUNT_BACKOFF_CAP_MS);
}

/**
 * Seconds an unknown device must wait before trying this account again, given the account's
 * failures since its last success (newest first, within ACCOUNT_FAILURE_MEMORY_MS).
 */
export function accountRetryAfterSeconds(failuresNewestFirst: Date[], now: Date): number {
  const newest = failuresNewestFirst[0];
  const backoff = accountBackoffMs(failuresNewestFirst.length);
  if (!newest || backoff === 0) return 0;
  const ms = newest.getTime() + backoff - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}
