import "server-only";
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The "known device" cookie (OWASP's device cookies): set on a successful password sign-in, it
 * lets that browser skip the per-account back-off later, so a stranger guessing a colleague's
 * password from elsewhere never keeps the colleague out. It holds up to five entries (one per
 * account signed in from this browser), each `<nonce>.<issued, base36 seconds>.<HMAC>` where the
 * HMAC covers the account's email: the cookie names no account and cannot be moved to another.
 */
export const KNOWN_DEVICE_COOKIE = "factdesk.known-device";
export const KNOWN_DEVICE_MAX_AGE_S = 180 * 24 * 60 * 60;
const MAX_ENTRIES = 5;
const ENTRY = /^([A-Za-z0-9_-]{22})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;

let cachedKey: { secret: string; key: Buffer } | undefined;

function key(): Buffer | null {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  if (cachedKey?.secret !== secret) {
    // Its own HKDF label: nothing else signed with AUTH_SECRET can pass for a device entry.
    cachedKey = { secret, key: Buffer.from(hkdfSync("sha256", secret, "factdesk", "known-device v1", 32)) };
  }
  return cachedKey.key;
}

function mac(k: Buffer, email: string, nonce: string, issued: string): Buffer {
  return createHmac("sha256", k).update(`${email}|${nonce}|${issued}`).digest();
}

function entries(cookie: string | null | undefined, now: Date) {
  if (!cookie || cookie.length > 1024) return [];
  return cookie
    .split("~")
    .slice(0, MAX_ENTRIES)
    .flatMap((raw) => {
      const m = ENTRY.exec(raw);
      if (!m) return [];
      const [, nonce, issued, sig] = m as unknown as [string, string, string, string];
      const issuedMs = parseInt(issued, 36) * 1000;
      // Expiry is checked here, not left to the browser's max-age, which the client controls.
      if (!(issuedMs <= now.getTime() + 60_000 && now.getTime() - issuedMs < KNOWN_DEVICE_MAX_AGE_S * 1000)) return [];
      return [{ raw, nonce, issued, sig }];
    });
}

/** The nonce of this cookie's entry for `email` if it is genuine and unexpired, else null. */
export function knownDeviceNonce({ cookie, email, now }: { cookie: string | null | undefined; email: string; now: Date }): string | null {
  const k = key();
  if (!k) return null;
  for (const e of entries(cookie, now)) {
    const given = Buffer.from(e.sig, "base64url");
    const expected = mac(k, email, e.nonce, e.issued);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return e.nonce;
  }
  return null;
}

/** The cookie value after a successful sign-in to `email`: a fresh entry first, this account's old one dropped. Null without AUTH_SECRET. */
export function issueKnownDeviceCookie({ cookie, email, now }: { cookie: string | null | undefined; email: string; now: Date }): string | null {
  const k = key();
  if (!k) return null;
  const old = knownDeviceNonce({ cookie, email, now });
  const nonce = randomBytes(16).toString("base64url");
  const issued = Math.floor(now.getTime() / 1000).toString(36);
  const fresh = `${nonce}.${issued}.${mac(k, email, nonce, issued).toString("base64url")}`;
  const others = entries(cookie, now).filter((e) => e.nonce !== old).map((e) => e.raw);
  return [fresh, ...others].slice(0, MAX_ENTRIES).join("~");
}

/** Reads one cookie from a Cookie header (Auth.js hands authorize() a plain Request). */
export function cookieFromHeader(header: string | null | undefined, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return null;
}

/** This request's known-device cookie, for server functions reached from a page or action; null outside a Next request. */
export async function requestKnownDeviceCookie(): Promise<string | null> {
  try {
    const { cookies } = await import("next/headers");
    return (await cookies()).get(KNOWN_DEVICE_COOKIE)?.value ?? null;
  } catch {
    return null;
  }
}
