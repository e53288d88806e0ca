import "server-only";
import { createHash } from "node:crypto";

// Readable on white as caret/selection colours, distinct enough for a handful of people.
const PALETTE = ["#d9480f", "#1971c2", "#2f9e44", "#9c36b5", "#e8590c", "#0c8599", "#c2255c", "#5f3dc4", "#66a80f", "#364fc7"];

/** A stable colour per user, so someone keeps theirs across sessions and documents. */
export function collabUserColor(userId: string): string {
  const n = createHash("sha256").update(userId).digest().readUInt32BE(0);
  return PALETTE[n % PALETTE.length]!;
}
