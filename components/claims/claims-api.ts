import type { TClaimDto, TClaimList } from "@/lib/domain/claims/claim-dto";

/** What the claims API answered: the value, or its error message, HTTP status and field errors. */
export type TApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[]> };

const base = (slug: string) => `/api/w/${encodeURIComponent(slug)}/claims`;

async function call<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<TApiResult<T>> {
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

/** Single-claim answers may come as `{ claim }` or as the claim itself. */
const unwrap = (v: unknown): TClaimDto => ((v as { claim?: TClaimDto }).claim ?? v) as TClaimDto;

async function map<T, U>(p: Promise<TApiResult<T>>, f: (v: T) => U): Promise<TApiResult<U>> {
  const r = await p;
  return r.ok ? { ok: true, value: f(r.value) } : r;
}

export const claimsApi = {
  list: (slug: string, documentId: string) =>
    call<TClaimList>(`${base(slug)}?documentId=${encodeURIComponent(documentId)}&pageSize=500&sort=position`),
  get: (slug: string, id: string) => map(call<unknown>(`${base(slug)}/${encodeURIComponent(id)}`), unwrap),
  create: (slug: string, body: { documentId: string; start: number; end: number; exact: string }) =>
    map(call<unknown>(base(slug), { method: "POST", json: body }), unwrap),
  update: (slug: string, id: string, body: Record<string, unknown> & { version: number }) =>
    map(call<unknown>(`${base(slug)}/${encodeURIComponent(id)}`, { method: "PATCH", json: body }), unwrap),
  remove: (slug: string, id: string) => call<void>(`${base(slug)}/${encodeURIComponent(id)}`, { method: "DELETE" }),
  reanchor: (slug: string, id: string, body: { start: number; end: number; exact: string }) =>
    map(call<unknown>(`${base(slug)}/${encodeURIComponent(id)}/anchor`, { method: "POST", json: body }), unwrap),
};
