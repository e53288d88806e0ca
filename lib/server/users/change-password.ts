import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { passwordProblems } from "@/lib/domain/password-policy";
import { AppError, isAppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { requestKnownDeviceCookie } from "@/lib/server/auth/known-device-cookie";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().max(1024).optional(),
  newPassword: z.string({ error: "Choose a new password." }),
});
export type TChangePasswordInput = z.input<typeof ZChangePasswordInput> & {
  actor: TActor;
  /**
   * The browser's known-device cookie, so a stranger's guessing elsewhere does not delay the owner
   * here. Read from the request when not given (the settings action does not pass it).
   */
  deviceCookie?: string | null;
};

/**
 * Sets a new password, ends every other session of the user (they are refused on their next
 * request) and revokes every personal access token: whoever knew the old password may have
 * minted one, and a credential that outlives the password change would defeat it. The session
 * making the change stays signed in. Requires the current password when
 * the account has one (an OAuth-only account sets its first password). The current-password check
 * goes through the sign-in rate limit, so a stolen session cannot be used to guess it.
 */
export async function changePassword({ actor, deviceCookie, ...input }: TChangePasswordInput) {
  const { currentPassword, newPassword } = ZChangePasswordInput.parse(input);
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your account no longer exists. Sign in again.");
  // Report every input problem at once, before the (rate-limited) current-password check.
  const fieldErrors: Record<string, string[]> = {};
  if (user.passwordHash && !currentPassword) fieldErrors.currentPassword = ["Enter your current password."];
  const problems = passwordProblems(newPassword, { email: user.email });
  if (problems.length) fieldErrors.newPassword = problems;
  const first = Object.values(fieldErrors)[0]?.[0];
  if (first) throw new AppError("BAD_REQUEST", first, { fieldErrors });
  if (user.passwordHash) {
    try {
      await verifyCredentials({ email: user.email, password: currentPassword!, ip: actor.ip || "unknown", deviceCookie: deviceCookie ?? (await requestKnownDeviceCookie()) });
    } catch (e) {
      if (isAppError(e) && e.code === "UNAUTHENTICATED") {
        const message = "Your current password is not correct.";
        throw new AppError("BAD_REQUEST", message, { fieldErrors: { currentPassword: [message] } });
      }
      throw e;
    }
  }
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    const { count } = await tx.authSession.updateMany({
      // No sessionId (a token caller): every session ends.
      where: { userId: actor.userId, revokedAt: null, ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) },
      data: { revokedAt: new Date() },
    });
    const tokens = await tx.apiToken.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: null,
      action: "user.password_changed",
      targetType: "User",
      targetId: actor.userId,
      data: { sessionsEnded: count, tokensRevoked: tokens.count },
    });
    return { sessionsEnded: count, tokensRevoked: tokens.count };
  });
}
