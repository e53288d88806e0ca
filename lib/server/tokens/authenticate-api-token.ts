import "server-only";
import { db } from "@/lib/db";
import { looksLikeApiToken } from "@/lib/domain/auth-token-format";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { hashApiToken } from "@/lib/server/tokens/hash-api-token";

/** lastUsedAt is informational; writing it on every request would turn each API read into a write. */
const LAST_USED_THROTTLE_MS = 60_000;

/**
 * Resolves a bearer secret to its token row. Anything other than a live token (garbage, unknown,
 * revoked, expired, owner gone) is UNAUTHENTICATED with a message that says which, so API clients
 * can tell a typo from an expiry.
 */
export async function authenticateApiToken({ secret }: { secret: string }) {
  if (!looksLikeApiToken(secret)) {
    throw new AppError("UNAUTHENTICATED", "The bearer token is not a Factdesk personal access token (they start with fdk_).");
  }
  const token = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(secret) } });
  if (!token) throw new AppError("UNAUTHENTICATED", "This personal access token is not valid.");
  if (token.revokedAt) throw new AppError("UNAUTHENTICATED", "This personal access token has been revoked.");
  const now = new Date();
  if (token.expiresAt && token.expiresAt <= now) {
    throw new AppError("UNAUTHENTICATED", "This personal access token has expired.");
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_THROTTLE_MS) {
    await db.apiToken
      .updateMany({
        where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_THROTTLE_MS) } }] },
        data: { lastUsedAt: now },
      })
      .catch((err) => log.warn("could not record token use", { tokenId: token.id, err }));
  }
  return { tokenId: token.id, userId: token.userId, access: token.access };
}
