import "server-only";
import { retryAfterSeconds } from "@/lib/domain/auth-rate-limit";
import { FETCH_WINDOW_MS, fetchRateLimitMessage, PREVIEW_MAX_PER_WINDOW } from "@/lib/domain/fetch-rate-limit";
import { AppError } from "@/lib/errors";

/**
 * Address previews store nothing, so their budget lives in memory: per person, per process
 * (on globalThis, one map however many module graphs Next compiles). Several app processes each
 * allow the budget; that still bounds a person to a few hundred fetches in ten minutes.
 */
const KEY = "__factdeskPreviewBudget";
const holder = globalThis as unknown as { [KEY]?: Map<string, number[]> };

/** Counts one preview for `userId`, or throws RATE_LIMITED (429 with Retry-After) past the budget. */
export function spendPreviewBudget(userId: string, now = Date.now()): void {
  const byUser = (holder[KEY] ??= new Map<string, number[]>());
  const recent = (byUser.get(userId) ?? []).filter((t) => t > now - FETCH_WINDOW_MS);
  const wait = retryAfterSeconds(recent.map((t) => new Date(t)).reverse(), new Date(now), PREVIEW_MAX_PER_WINDOW, FETCH_WINDOW_MS);
  if (wait > 0) {
    byUser.set(userId, recent);
    throw new AppError("RATE_LIMITED", fetchRateLimitMessage("preview", wait), { retryAfter: wait });
  }
  recent.push(now);
  byUser.set(userId, recent);
  // Forget people who have not previewed for a window, so the map does not grow with every user.
  if (byUser.size > 10_000) for (const [id, times] of byUser) if (!times.some((t) => t > now - FETCH_WINDOW_MS)) byUser.delete(id);
}
