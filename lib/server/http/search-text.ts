import "server-only";
import { z } from "zod";

export const SEARCH_MAX = 200;

/**
 * A free-text search box's value: trimmed, at most 200 characters, and no control characters
 * (PostgreSQL text refuses NUL, which would otherwise surface as a 500 from the query).
 */
export const zSearchText = () =>
  z
    .string()
    .trim()
    .max(SEARCH_MAX, `Keep the search under ${SEARCH_MAX} characters.`)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u.test(s), "The search cannot contain control characters.");
