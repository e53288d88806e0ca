import "server-only";
import type { TTx } from "@/lib/db";
import {
  ACCOUNT_FAILURE_MEMORY_MS,
  accountRetryAfterSeconds,
  LOGIN_MAX_FAILURES,
  LOGIN_WINDOW_MS,
  retryAfterSeconds,
} from "@/lib/domain/auth-rate-limit";

/** More failures than this never lengthen the account back-off (it is capped by then). */
const ACCOUNT_FAILURES_READ = 16;

/**
 * Seconds until a password sign-in for this email from this IP (and device) may be tried (0: now),
 * and whether the device counts as known. The IP limit always applies; the account back-off
 * applies unless the attempt comes from a known device of this account that has not itself
 * failed too often (a stolen device cookie buys no more guesses than one IP).
 */
export async function checkLoginRateLimit(
  tx: TTx,
  { email, ip, deviceNonce, now }: { email: string; ip: string; deviceNonce: string | null; now: Date },
): Promise<{ retryAfter: number; knownDevice: boolean }> {
  const recentFailures = (where: { ip: string } | { email: string; device: string }) =>
    tx.loginAttempt.findMany({
      where: { ...where, success: false, createdAt: { gt: new Date(now.getTime() - LOGIN_WINDOW_MS) } },
      orderBy: { createdAt: "desc" },
      take: LOGIN_MAX_FAILURES,
      select: { createdAt: true },
    });
  const byIp = retryAfterSeconds((await recentFailures({ ip })).map((r) => r.createdAt), now);
  const knownDevice = deviceNonce !== null && retryAfterSeconds((await recentFailures({ email, device: deviceNonce })).map((r) => r.createdAt), now) === 0;
  if (knownDevice) return { retryAfter: byIp, knownDevice };

  const lastSuccess = await tx.loginAttempt.findFirst({ where: { email, success: true }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  const memoryStart = new Date(now.getTime() - ACCOUNT_FAILURE_MEMORY_MS);
  const since = lastSuccess && lastSuccess.createdAt > memoryStart ? lastSuccess.createdAt : memoryStart;
  const byAccount = await tx.loginAttempt.findMany({
    where: { email, success: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: ACCOUNT_FAILURES_READ,
    select: { createdAt: true },
  });
  return { retryAfter: Math.max(byIp, accountRetryAfterSeconds(byAccount.map((r) => r.createdAt), now)), knownDevice };
}
