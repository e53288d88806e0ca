import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/auth-email";
import { rateLimitMessage } from "@/lib/domain/auth-rate-limit";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { checkLoginRateLimit } from "@/lib/server/auth/check-login-rate-limit";
import { knownDeviceNonce } from "@/lib/server/auth/known-device-cookie";
import { verifyPassword } from "@/lib/server/auth/verify-password";

export const ZVerifyCredentialsInput = z.object({
  email: z.string().transform(normalizeEmail).pipe(z.string().min(1, "Enter your email address.").max(320)),
  password: z.string().min(1, "Enter your password.").max(1024),
  ip: z.string().min(1).max(64),
  /** The raw known-device cookie, if the browser sent one (checked here, never trusted as is). */
  deviceCookie: z.string().max(4096).nullish(),
});
export type TVerifyCredentialsInput = z.input<typeof ZVerifyCredentialsInput>;

export const INVALID_CREDENTIALS_MESSAGE = "That email and password don't match. Check them and try again.";

// Namespaces for pg_advisory_xact_lock(int, int) so email and IP keys never collide.
const LOCK_EMAIL = 7301;
const LOCK_IP = 7302;

/**
 * Checks an email/password pair under the sign-in throttling rules (lib/domain/auth-rate-limit.ts:
 * per IP, per-account back-off unless from a known device, per device).
 * The check, the password verification and the attempt record run under advisory locks on the
 * email and the IP, so parallel guesses cannot slip past the limit. An unknown email is verified
 * against a dummy hash and answers exactly like a wrong password.
 * Throws RATE_LIMITED (with retryAfter) or UNAUTHENTICATED; returns the user on success.
 */
export async function verifyCredentials(input: TVerifyCredentialsInput) {
  const { email, password, ip, deviceCookie } = ZVerifyCredentialsInput.parse(input);
  const deviceNonce = knownDeviceNonce({ cookie: deviceCookie, email, now: new Date() });
  const outcome = await db.$transaction(
    async (tx) => {
      // Always email first, then IP: one lock order, so no deadlock between two sign-ins.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_EMAIL}::int4, hashtext(${email}))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_IP}::int4, hashtext(${ip}))`;
      // Read the clock once the locks are held and stamp the attempt with it: a failure recorded
      // by the sign-in we waited for must never look newer than our own "now".
      const now = new Date();
      const { retryAfter, knownDevice } = await checkLoginRateLimit(tx, { email, ip, deviceNonce, now });
      if (retryAfter > 0) return { kind: "limited" as const, retryAfter, knownDevice };
      const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
      const ok = await verifyPassword(user?.passwordHash, password);
      // A valid device nonce is recorded even when its own failures demoted it, so they keep counting.
      await tx.loginAttempt.create({ data: { email, ip, success: ok, device: deviceNonce, createdAt: now } });
      return ok && user ? { kind: "ok" as const, user: { id: user.id, email: user.email, name: user.name } } : { kind: "failed" as const };
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
  if (outcome.kind === "limited") {
    log.warn("sign-in rate limited", { email, ip, knownDevice: outcome.knownDevice, retryAfter: outcome.retryAfter });
    throw new AppError("RATE_LIMITED", rateLimitMessage(outcome.retryAfter), { retryAfter: outcome.retryAfter });
  }
  if (outcome.kind === "failed") {
    log.info("sign-in failed", { email, ip });
    throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS_MESSAGE);
  }
  return outcome.user;
}
