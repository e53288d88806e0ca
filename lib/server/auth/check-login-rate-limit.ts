import "server-only";
import type { TTx } from "@/lib/db";
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS, retryAfterSeconds } from "@/lib/domain/auth-rate-limit";

/**
 * Seconds until a password sign-in for this email from this IP may be tried again (0: now).
 * Both limits apply: 10 failures for the account from anywhere, or 10 from the IP for any accounts.
 */
export async function checkLoginRateLimit(tx: TTx, { email, ip, now }: { email: string; ip: string; now: Date }): Promise<number> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const recent = (where: { email: string } | { ip: string }) =>
    tx.loginAttempt.findMany({
      where: { ...where, success: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: LOGIN_MAX_FAILURES,
      select: { createdAt: true },
    });
  const byEmail = await recent({ email });
  const byIp = await recent({ ip });
  return Math.max(
    retryAfterSeconds(byEmail.map((r) => r.createdAt), now),
    retryAfterSeconds(byIp.map((r) => r.createdAt), now),
  );
}
