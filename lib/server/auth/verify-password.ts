import "server-only";
import { verify } from "@node-rs/argon2";
import { hashPassword } from "@/lib/server/auth/hash-password";

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored argon2 hash. With no hash (unknown email, OAuth-only user)
 * it still verifies against a dummy hash, so the response time does not reveal whether the
 * account exists.
 */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword("factdesk-dummy-password-for-timing");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must not turn a sign-in into a 500.
    return false;
  }
}
