import { randomInt, randomUUID } from "node:crypto";
import { type AppError, toAppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { createAuthSession } from "@/lib/server/auth/create-auth-session";
import { signUp } from "@/lib/server/users/sign-up";

export const GOOD_PASSWORD = "correct horse battery staple";

export function randomEmail(tag = "u") {
  return `${tag}-${randomUUID()}@test.example`;
}

/** A per-test IP, so the per-IP limit of one test never touches another running in parallel. */
export function randomIp() {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(256)}-${randomUUID().slice(0, 8)}`;
}

export async function makeUser(opts: { password?: string } = {}) {
  const email = randomEmail();
  const user = await signUp({ email, name: "Test User", password: opts.password ?? GOOD_PASSWORD, ip: randomIp() });
  return { ...user, password: opts.password ?? GOOD_PASSWORD };
}

/** A signed-in browser: an AuthSession row and the actor a request on it would carry. */
export async function signedInActor(userId: string): Promise<TActor> {
  const sessionId = await createAuthSession({ userId, userAgent: "vitest", ip: "127.0.0.1" });
  return { userId, via: "session", sessionId, ip: randomIp() };
}

/** What the edge would make of a failure (zod errors become BAD_REQUEST there), or null if it succeeded. */
export async function errorOf(p: Promise<unknown>): Promise<AppError | null> {
  try {
    await p;
    return null;
  } catch (e) {
    return toAppError(e);
  }
}
