import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { NOTIFICATION_KINDS, type TNotificationKind } from "@/lib/domain/notifications/fan-out";
import { isUuid } from "@/lib/domain/ids";
import { env } from "@/lib/env";

/**
 * The token in a mail's unsubscribe link: `<user id>.<kind>.<HMAC>`, so the link works without
 * signing in (as mail clients' one-click unsubscribe requires) and only for that person and kind.
 * It never expires: an old mail's link must still work. The key is derived from AUTH_SECRET under
 * its own label, so no other token signed with AUTH_SECRET can pass for one.
 */
/** A kind, or "digest": every kind that reaches the person in the daily digest. */
export type TUnsubscribeScope = TNotificationKind | "digest";
const SCOPES: readonly string[] = [...NOTIFICATION_KINDS, "digest"];

let cachedKey: { secret: string; key: Buffer } | undefined;

function key(): Buffer | null {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: Buffer.from(hkdfSync("sha256", secret, "factdesk", "unsubscribe v1", 32)) };
  return cachedKey.key;
}

const mac = (k: Buffer, userId: string, kind: string) => createHmac("sha256", k).update(`${userId}|${kind}`).digest();

/** The token for `userId` and `kind`; null without AUTH_SECRET (mails then link to the settings instead). */
export function unsubscribeToken(userId: string, kind: TUnsubscribeScope): string | null {
  const k = key();
  return k ? `${userId}.${kind}.${mac(k, userId, kind).toString("base64url")}` : null;
}

/** Who and what a token unsubscribes, or null when it is malformed or forged. */
export function readUnsubscribeToken(token: string): { userId: string; kind: TUnsubscribeScope } | null {
  const k = key();
  if (!k || token.length > 200) return null;
  const [userId, kind, sig, ...rest] = token.split(".");
  if (rest.length > 0 || !userId || !kind || !sig || !isUuid(userId) || !SCOPES.includes(kind)) return null;
  const given = Buffer.from(sig, "base64url");
  const expected = mac(k, userId, kind);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind: kind as TUnsubscribeScope };
}
