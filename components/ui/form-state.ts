/**
 * What a server action hands back to its form. Structurally the same as the server's
 * TActionResult, declared here because components never import lib/server.
 */
export type TFormState<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fieldErrors?: Record<string, string[]>; retryAfter?: number } }
  | null;

/** A server action usable with useActionState; S is the action's own result type (null before the first submit). */
export type TFormAction<S extends TFormState = TFormState> = (prev: S, formData: FormData) => Promise<S>;

/** A server action driven by useActionState whose successful result carries `T`. */
export type TStateAction<T = unknown> = TFormAction<TFormState<T>>;

export function fieldError(state: TFormState, field: string): string | undefined {
  return state && !state.ok ? state.error.fieldErrors?.[field]?.[0] : undefined;
}

/** The form-level message, unless it is already shown next to the field it is about. */
export function formError(state: TFormState): string | undefined {
  if (!state || state.ok) return undefined;
  const fields = state.error.fieldErrors ?? {};
  const shown = Object.values(fields).some((msgs) => msgs.includes(state.error.message) || msgs.some((m) => state.error.message.endsWith(m)));
  return shown ? undefined : state.error.message;
}
