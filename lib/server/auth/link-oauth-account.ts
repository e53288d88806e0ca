import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { ZEmail } from "@/lib/domain/auth-email";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const ZLinkOAuthAccountInput = z.object({
  provider: z.enum(["github", "google"]),
  providerAccountId: z.string().min(1).max(255),
  email: ZEmail,
  emailVerified: z.boolean(),
  name: z.string().trim().max(120).nullish(),
});
export type TLinkOAuthAccountInput = z.input<typeof ZLinkOAuthAccountInput>;

export const UNVERIFIED_ACCOUNT_MESSAGE =
  "An account with this email already exists but its address was never confirmed, so this sign-in was not connected to it. Sign in with that account's password instead.";

/**
 * Finds or creates the Factdesk user behind a GitHub/Google identity and returns its id.
 * A known identity wins; otherwise the provider's email links to an existing account only when
 * the provider says it is verified (else anyone could claim an account by typing its email) AND
 * that account's own email was proven (emailVerifiedAt). A password sign-up proves nothing: an
 * attacker could sign up as victim@corp first and keep the password once the victim's Google
 * sign-in landed in that account (pre-hijacking). Such a link is a CONFLICT, never a merge.
 */
export async function linkOAuthAccount(input: TLinkOAuthAccountInput): Promise<string> {
  const { provider, providerAccountId, email, emailVerified, name } = ZLinkOAuthAccountInput.parse(input);
  const known = await db.oAuthAccount.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, select: { userId: true } });
  if (known) return known.userId;
  if (!emailVerified) throw new AppError("FORBIDDEN", `Your ${provider} email address is not verified.`);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true, emailVerifiedAt: true } });
      if (existing && !existing.emailVerifiedAt) {
        log.warn("oauth link refused: existing account's email is unverified", { provider, userId: existing.id });
        throw new AppError("CONFLICT", UNVERIFIED_ACCOUNT_MESSAGE);
      }
      const user =
        existing ?? (await tx.user.create({ data: { email, name: name || email.split("@")[0] || email, emailVerifiedAt: new Date() }, select: { id: true } }));
      await tx.oAuthAccount.create({ data: { userId: user.id, provider, providerAccountId } });
      await recordAuditEvent(tx, {
        actor: { userId: user.id, via: "session" },
        workspaceId: null,
        action: existing ? "user.oauth_linked" : "user.signed_up",
        targetType: "User",
        targetId: user.id,
        data: { provider },
      });
      return user.id;
    });
  } catch (e) {
    // Two first sign-ins racing: the loser finds what the winner wrote.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const row = await db.oAuthAccount.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, select: { userId: true } });
      if (row) return row.userId;
    }
    if (e instanceof AppError) throw e;
    log.error("oauth account link failed", { provider, err: e });
    throw e;
  }
}
