import "server-only";
import { createHash } from "node:crypto";

/** Tokens are long and random, so a plain sha256 (no salt, no slow hash) is enough to look them up safely. */
export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
