/** What a JSON API answered: the value, or its error message, HTTP status and field errors. */
export type TApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[]> };

/**
 * One JSON request to our API from the browser (same-origin cookies, never cached), with the
 * API's error shape turned into a message a person can read. Never throws.
 */
export async function apiCall<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<TApiResult<T>> {
  const { json, ...rest } = init;
  let res: Response;
  try {
    res = await fetch(url, {
      ...rest,
      credentials: "same-origin",
      cache: "no-store",
      headers: json === undefined ? rest.headers : { "content-type": "application/json", ...rest.headers },
      body: json === undefined ? rest.body : JSON.stringify(json),
    });
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server. Check your connection and try again." };
  }
  if (res.status === 204) return { ok: true, value: undefined as T };
  const body = (await res.json().catch(() => null)) as { error?: { message?: string; fieldErrors?: Record<string, string[]> } } | null;
  if (!res.ok) {
    return { ok: false, status: res.status, message: body?.error?.message ?? `The server answered ${res.status}.`, fieldErrors: body?.error?.fieldErrors };
  }
  return { ok: true, value: body as T };
}
