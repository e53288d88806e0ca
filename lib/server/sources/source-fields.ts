import "server-only";
import { z } from "zod";
import { checkSourceUrl } from "@/lib/domain/evidence/normalize-source-url";
import { SOURCE_TYPES } from "@/lib/domain/evidence/source-type";
import { zDay } from "@/lib/server/claims/claim-fields";

/**
 * Field rules shared by creating a source (on its own or with evidence) and editing one. Optional
 * text fields are trimmed and "" clears them (forms send every field). Messages say what to enter.
 */

export const SOURCE_TITLE_MAX = 500;
export const SOURCE_PUBLISHER_MAX = 200;
export const SOURCE_AUTHOR_MAX = 200;
export const SOURCE_RELIABILITY_NOTE_MAX = 2000;
export const SOURCE_DESCRIPTION_MAX = 5000;

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `Enter ${what} as text.` })
    // PostgreSQL text cannot hold NUL; nobody means one.
    .transform((v) => v.replaceAll("\u0000", "").trim())
    .pipe(z.string().max(max, `Use at most ${max} characters for ${what}.`))
    .transform((v) => (v === "" ? null : v));

/**
 * An http(s) address, trimmed. Route handlers parse a body and the server function parses it again,
 * so every field's output is valid input: the de-duplication key is computed in the function.
 */
export const zSourceUrl = z
  .string({ error: "Enter the source's web address as text." })
  .trim()
  .superRefine((v, ctx) => {
    const check = checkSourceUrl(v);
    if (!check.ok) ctx.addIssue({ code: "custom", message: check.message });
  });

export const zSourceTitle = optionalText(SOURCE_TITLE_MAX, "the title").transform((v) => (v === null ? null : v.replace(/\s+/g, " ")));
export const zSourcePublisher = optionalText(SOURCE_PUBLISHER_MAX, "the publisher");
export const zSourceAuthor = optionalText(SOURCE_AUTHOR_MAX, "the author");
export const zSourceReliabilityNote = optionalText(SOURCE_RELIABILITY_NOTE_MAX, "the reliability note");
export const zSourceDescription = optionalText(SOURCE_DESCRIPTION_MAX, "the description");
export const zSourcePublishedAt = zDay();
export const zSourceType = z.enum(SOURCE_TYPES, { error: `type must be one of ${SOURCE_TYPES.join(", ")}.` });

/** The fields of a new source; also the `source` of POST …/claims/{id}/evidence. null or "" leaves a field empty. */
export const newSourceShape = {
  url: zSourceUrl.optional(),
  title: zSourceTitle.nullable().optional(),
  publisher: zSourcePublisher.nullable().optional(),
  author: zSourceAuthor.nullable().optional(),
  publishedAt: zSourcePublishedAt.nullable().optional(),
  type: zSourceType.optional(),
  reliabilityNote: zSourceReliabilityNote.nullable().optional(),
  description: zSourceDescription.nullable().optional(),
};
export const ZNewSourceFields = z.object(newSourceShape).strict();
export type TNewSourceFields = z.output<typeof ZNewSourceFields>;

/** "example.org/reports/2026" for a URL source given without a title. */
export function titleFromUrl(url: string): string {
  const u = new URL(url);
  const path = u.pathname === "/" ? "" : decodeSafe(u.pathname.replace(/\/+$/, ""));
  return `${u.host}${path}`.slice(0, SOURCE_TITLE_MAX);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const dayToDate = (day: string | null | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);
