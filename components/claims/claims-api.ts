import { apiCall, type TApiResult } from "@/components/ui/api-call";
import type { TClaimDto, TClaimList } from "@/lib/domain/claims/claim-dto";

export type { TApiResult } from "@/components/ui/api-call";

const base = (slug: string) => `/api/w/${encodeURIComponent(slug)}/claims`;
const call = apiCall;

/** Single-claim answers may come as `{ claim }` or as the claim itself. */
const unwrap = (v: unknown): TClaimDto => ((v as { claim?: TClaimDto }).claim ?? v) as TClaimDto;

async function map<T, U>(p: Promise<TApiResult<T>>, f: (v: T) => U): Promise<TApiResult<U>> {
  const r = await p;
  return r.ok ? { ok: true, value: f(r.value) } : r;
}

export const claimsApi = {
  list: (slug: string, documentId: string) =>
    call<TClaimList>(`${base(slug)}?documentId=${encodeURIComponent(documentId)}&pageSize=500&sort=position&detail=summary`),
  get: (slug: string, id: string) => map(call<unknown>(`${base(slug)}/${encodeURIComponent(id)}`), unwrap),
  create: (slug: string, body: { documentId: string; start: number; end: number; exact: string }) =>
    map(call<unknown>(base(slug), { method: "POST", json: body }), unwrap),
  update: (slug: string, id: string, body: Record<string, unknown> & { version: number }) =>
    map(call<unknown>(`${base(slug)}/${encodeURIComponent(id)}`, { method: "PATCH", json: body }), unwrap),
  remove: (slug: string, id: string, reason?: string) =>
    call<void>(`${base(slug)}/${encodeURIComponent(id)}${reason ? `?reason=${encodeURIComponent(reason)}` : ""}`, { method: "DELETE" }),
  reanchor: (slug: string, id: string, body: { start: number; end: number; exact: string }) =>
    map(call<unknown>(`${base(slug)}/${encodeURIComponent(id)}/anchor`, { method: "POST", json: body }), unwrap),
};
