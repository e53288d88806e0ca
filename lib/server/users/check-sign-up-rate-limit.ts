import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { retryAfterSeconds, SIGNUP_MAX_PER_WINDOW, SIGNUP_WINDOW_MS, signUpRateLimitMessage } from "@/lib/domain/auth-rate-limit";
import { envVar } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

// pg_advisory_xact_lock namespace, next to verify-credentials.ts's 7301 (email) and 7302 (IP).
const LOCK_SIGNUP_IP = 7303;

const ZIp = z.string().min(1).max(64);

/**
 * Counts one sign-up attempt against the caller's IP, or throws RATE_LIMITED (retryAfter set)
 * when the IP has used up its window. The attempt is committed on its own, before the account is
 * created, so attempts that end in a 409 (taken email) count too. An advisory lock on the IP
 * keeps parallel requests from all passing the check.
 */
export async function checkSignUpRateLimit({ ip: rawIp }: { ip: string }): Promise<void> {
  const ip = ZIp.parse(rawIp);
  const max = envVar("SIGNUP_MAX_PER_HOUR") ?? SIGNUP_MAX_PER_WINDOW;
  const retryAfter = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SIGNUP_IP}::int4, hashtext(${ip}))`;
    const now = new Date(); // after the lock, so no attempt we waited for is stamped later than this
    const recent = await tx.signUpAttempt.findMany({
      where: { ip, createdAt: { gt: new Date(now.getTime() - SIGNUP_WINDOW_MS) } },
      orderBy: { createdAt: "desc" },
      take: max,
      select: { createdAt: true },
    });
    const wait = retryAfterSeconds(
      recent.map((r) => r.createdAt),
      now,
      max,
      SIGNUP_WINDOW_MS,
    );
    if (wait === 0) await tx.signUpAttempt.create({ data: { ip, createdAt: now } });
    return wait;
  });
  if (retryAfter > 0) {
    log.warn("sign-up rate limited", { ip, retryAfter });
    throw new AppError("RATE_LIMITED", signUpRateLimitMessage(retryAfter), { retryAfter });
  }
}
