import "server-only";
import { z } from "zod";

export const zClaimVersion = z
  .number({ error: "claimVersion is required: send the claim version you last read (optimistic concurrency)." })
  .int("claimVersion must be a whole number.")
  .min(1, "claimVersion must be at least 1.");

export const zSignOffHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, "signOffHash must be the 64-character hex SHA-256 from the review state.")
  .optional();

/** A reason, comment or note: plain text, trimmed, no NUL (PostgreSQL text refuses it). */
export const zReason = z
  .string()
  .trim()
  .max(4000, "Keep it under 4,000 characters.")
  .refine((s) => !s.includes("\u0000"), "Text cannot contain NUL characters.");
