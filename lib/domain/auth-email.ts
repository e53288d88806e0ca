import { z } from "zod";

/** Emails are compared trimmed and lowercased everywhere (sign-up, sign-in, rate limits, invites). */
export function normalizeEmail(v: string): string {
  return v.trim().toLowerCase();
}

export const ZEmail = z
  .string({ error: "Enter your email address." })
  .transform(normalizeEmail)
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }).max(254, { error: "That email address is too long." }));
