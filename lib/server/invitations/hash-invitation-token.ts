import "server-only";
import { createHash } from "node:crypto";

/** Only this hash is stored: a database leak must not hand out working invitation links. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
