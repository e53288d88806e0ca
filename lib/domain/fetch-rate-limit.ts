import { inWords } from "./auth-rate-limit";

/**
 * Fetches made on a person's behalf (re-fetching a source, previewing an address) are requests
 * from our servers to someone else's: a person may make a few dozen in ten minutes, not thousands
 * (a held-down button, a script with a stolen token). Captures queued by adding a source are
 * bounded by the sources a person can add and are not counted here.
 */
export const FETCH_WINDOW_MS = 10 * 60_000;
export const REFETCH_MAX_PER_WINDOW = 30;
export const PREVIEW_MAX_PER_WINDOW = 60;

export function fetchRateLimitMessage(what: "re-fetch" | "preview", retryAfterSeconds: number): string {
  const done = what === "re-fetch" ? "re-fetched many sources" : "previewed many addresses";
  return `You ${done} in the last ten minutes. Try again in ${inWords(retryAfterSeconds)}.`;
}
