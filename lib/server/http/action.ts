import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { TErrorCode, TFieldErrors } from "@/lib/errors";
import { toAppError } from "@/lib/errors";
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
