import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { TErrorCode, TFieldErrors } from "@/lib/errors";
import { AppError, toAppError } from "@/lib/errors";
import { log } from "@/lib/log";

/** What every server action returns to its form: data, or an error the form can show next to its fields. */
export type TActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; error: { code: TErrorCode; message: string; fieldErrors?: TFieldErrors; retryAfter?: number } };

/** Runs a server action body; AppErrors/zod errors become results, redirects pass through. */
export async function runAction<T>(fn: () => Promise<T>): Promise<TActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    unstable_rethrow(e);
    const err = toAppError(e);
    if (err.code === "INTERNAL") log.error("server action failed", { err: e });
    return { ok: false, error: { code: err.code, message: err.message, fieldErrors: err.fieldErrors, retryAfter: err.retryAfter } };
  }
}

/**
 * A form's fields parsed with the server function's own schema (usually `bodySchema(ZXInput, [server
 * keys])`). Only the keys the schema declares are read: a form also carries React's `$ACTION_…`
 * fields and UI-only ones, and nothing else a client adds can reach the server function. Each must
 * be text; a missing one is undefined. Actions then call `fn({ ...fields, workspaceSlug, actor })`.
 */
export function readForm<S extends z.ZodObject>(form: FormData, schema: S): z.output<S> {
  const fields: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const values = form.getAll(key);
    if (values.length === 0) continue;
    if (values.length > 1 || typeof values[0] !== "string") throw new AppError("BAD_REQUEST", `${key}: send it once, as text.`, { fieldErrors: { [key]: ["Send it once, as text."] } });
    fields[key] = values[0];
  }
  return schema.parse(fields) as z.output<S>;
}
