import "server-only";
import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/domain/claims/claim-status";

/**
 * Field rules shared by create and update. Messages say what to enter without naming the field:
 * the form shows them next to the field, and the API's message already starts with the field's
 * path ("appearanceUrl: Enter …", see fromZodError). `null` clears an optional field on update.
 */

export const CLAIM_TEXT_MAX = 2000;
export const CLAIMANT_MAX = 200;
export const APPEARANCE_URL_MAX = 2048;
export const TAGS_MAX = 20;
export const TAG_MAX = 40;
export const QUOTE_MAX = 5000;

const isRealDay = (v: string) => {
  // Year 0000 parses in JavaScript but PostgreSQL's date has no year zero: refuse it here, not as a 500.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || v.startsWith("0000")) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
};

/** YYYY-MM-DD naming a day that exists (2025-02-30 is refused); "" counts as clearing it. */
export const zDay = () =>
  z
    .string({ error: "Enter a date (YYYY-MM-DD)." })
    .trim()
    .refine((v) => v === "" || isRealDay(v), "Enter a real date (YYYY-MM-DD).")
    .transform((v) => (v === "" ? null : v));

export const zAppearanceUrl = z
  .string({ error: "Enter a web address." })
  .trim()
  .max(APPEARANCE_URL_MAX, `Use an address of at most ${APPEARANCE_URL_MAX} characters.`)
  .refine((v) => v === "" || (/^https?:\/\/\S+$/i.test(v) && URL.canParse(v)), "Enter a web address that starts with http:// or https://.")
  .transform((v) => (v === "" ? null : v));

export const zClaimText = z
  .string({ error: "Restate the claim as text." })
  .transform((v) => v.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "Restate the claim as one sentence: it cannot be empty.").max(CLAIM_TEXT_MAX, `Restate the claim in at most ${CLAIM_TEXT_MAX} characters.`));

export const zClaimant = z
  .string({ error: "Enter who made the claim as text." })
  .trim()
  .max(CLAIMANT_MAX, `Use at most ${CLAIMANT_MAX} characters for who made the claim.`)
  .transform((v) => (v === "" ? null : v));

export const zCheckworthiness = z
  .number({ error: "Pick a whole number from 1 to 5." })
  .int("Pick a whole number from 1 to 5.")
  .min(1, "Pick a whole number from 1 to 5.")
  .max(5, "Pick a whole number from 1 to 5.");

/** Trimmed, blanks dropped, duplicates (ignoring case) dropped keeping the first spelling. */
export const zTags = z
  .array(z.string({ error: "Tags must be a list of text labels." }).trim().max(TAG_MAX, `Each tag can be at most ${TAG_MAX} characters.`), {
    error: "Tags must be a list of text labels.",
  })
  .transform((tags) => {
    const seen = new Set<string>();
    return tags.filter((t) => {
      const key = t.toLowerCase();
      if (!t || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .pipe(z.array(z.string()).max(TAGS_MAX, `A claim can have at most ${TAGS_MAX} tags.`));

export const zStatus = z.enum(CLAIM_STATUSES, { error: `Pick one of ${CLAIM_STATUSES.join(", ")}.` });

export const zAssigneeId = z.string({ error: "Pick a member of the workspace (a user id)." }).uuid("Pick a member of the workspace (a user id).");

/** A text range of the document plus the text the client saw there (to detect a stale selection). */
export const zRange = {
  start: z.number({ error: "start must be a whole number (a character offset)." }).int("start must be a whole number (a character offset).").min(0, "start cannot be negative."),
  end: z.number({ error: "end must be a whole number (a character offset)." }).int("end must be a whole number (a character offset).").min(0, "end cannot be negative."),
  exact: z
    .string({ error: "exact must be the selected text." })
    .max(QUOTE_MAX, `A claim can quote at most ${QUOTE_MAX} characters; select a shorter passage.`)
    .refine((v) => v.trim() !== "", "The selection is empty or only whitespace; select the words of the claim."),
};

export const rangeShapeIssue = (r: { start: number; end: number; exact: string }): string | null => {
  if (r.end <= r.start) return "The selection is empty: end must be greater than start.";
  if (r.exact.length !== r.end - r.start) return "exact must be the selected text: its length must equal end - start.";
  return null;
};
