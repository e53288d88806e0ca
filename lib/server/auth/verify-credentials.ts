import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/auth-email";
import { rateLimitMessage } from "@/lib/domain/auth-rate-limit";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { checkLoginRateLimit } from "@/lib/server/auth/check-login-rate-limit";
import { verifyPassword } from "@/lib/server/auth/verify-password";

export const ZVerifyCredentialsInput = z.object({
  email: z.string().transform(normalizeEmail).pipe(z.string().min(1, "Enter your email address.").max(320)),
  password: z.string().min(1, "Enter your password.").max(1024),
  ip: z.string().min(1).max(64),
});
export type TVerifyCredentialsInput = z.input<typeof ZVerifyCredentialsInput>;

export const INVALID_CREDENTIALS_MESSAGE = "That email and password don't match. Check them and try again.";

// Namespaces for pg_advisory_xact_lock(int, int) so email and IP keys never collide.
const LOCK_EMAIL = 7301;
const LOCK_IP = 7302;

/**
 * Checks an email/password pair under the per-account and per-IP failure limits.
 * The check, the password verification and the attempt record run under advisory locks on the
 * email and the IP, so parallel guesses cannot slip past the limit. An unknown email is verified
 * against a dummy hash and answers exactly like a wrong password.
 * Throws RATE_LIMITED (with retryAfter) or UNAUTHENTICATED; returns the user on success.
 */
export async function verifyCredentials(input: TVerifyCredentialsInput) {
  const { email, password, ip } = ZVerifyCredentialsInput.parse(input);
  const now = new Date();
  const outcome = await db.$transaction(
    async (tx) => {
      // Always email first, then IP: one lock order, so no deadlock between two sign-ins.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_EMAIL}::int4, hashtext(${email}))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_IP}::int4, hashtext(${ip}))`;
      const retryAfter = await checkLoginRateLimit(tx, { email, ip, now });
      if (retryAfter > 0) return { kind: "limited" as const, retryAfter };
      const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
      const ok = await verifyPassword(user?.passwordHash, password);
      await tx.loginAttempt.create({ data: { email, ip, success: ok } });
      return ok && user ? { kind: "ok" as const, user: { id: user.id, email: user.email, name: user.name } } : { kind: "failed" as const };
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
  if (outcome.kind === "limited") {
    log.warn("sign-in rate limited", { email, ip, retryAfter: outcome.retryAfter });
    throw new AppError("RATE_LIMITED", rateLimitMessage(outcome.retryAfter), { retryAfter: outcome.retryAfter });
  }
  if (outcome.kind === "failed") {
    log.info("sign-in failed", { email, ip });
    throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS_MESSAGE);
  }
  return outcome.user;
}
