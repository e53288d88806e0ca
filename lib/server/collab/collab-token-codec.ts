import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * The collab token's wire format: `v1.<base64url JSON claims>.<base64url HMAC-SHA256>`.
 * The key is derived from AUTH_SECRET with HKDF under its own label, so a collab token can never
 * be replayed as (or forged from) any other thing signed with that secret.
 */
export type TCollabClaims = {
  /** user id */
  sub: string;
  /** document id */
  doc: string;
  /** workspace id */
  ws: string;
  /** issued at / expires at, seconds since the epoch */
  iat: number;
  exp: number;
  /** the AuthSession (cookie sign-in) or ApiToken the token was issued through: ending it ends the connection */
  sid?: string;
  tid?: string;
};

let cachedKey: { secret: string; key: Buffer } | undefined;

function key(): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new AppError("INTERNAL", "AUTH_SECRET is not set: collab tokens cannot be signed or verified.");
  if (cachedKey?.secret !== secret) {
    cachedKey = { secret, key: Buffer.from(hkdfSync("sha256", secret, "factdesk", "collab-token v1", 32)) };
  }
  return cachedKey.key;
}

function sign(body: string): Buffer {
  return createHmac("sha256", key()).update(`v1.${body}`).digest();
}

export function encodeCollabToken(claims: TCollabClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `v1.${body}.${sign(body).toString("base64url")}`;
}

/** The claims of a well-formed, correctly signed token (expiry is the caller's check), else null. */
export function decodeCollabToken(token: unknown): TCollabClaims | null {
  if (typeof token !== "string" || token.length > 2048) return null;
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== "v1") return null;
  const [, body, sig] = parts as [string, string, string];
  const given = Buffer.from(sig, "base64url");
  const expected = sign(body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Partial<TCollabClaims>;
    if (
      typeof claims.sub !== "string" ||
      typeof claims.doc !== "string" ||
      typeof claims.ws !== "string" ||
      typeof claims.iat !== "number" ||
      typeof claims.exp !== "number" ||
      (claims.sid !== undefined && typeof claims.sid !== "string") ||
      (claims.tid !== undefined && typeof claims.tid !== "string")
    ) {
      return null;
    }
    return claims as TCollabClaims;
  } catch {
    return null;
  }
}
