import { apiCall, type TApiResult } from "@/components/ui/api-call";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import type { TSourceDto, TSourceList } from "@/lib/domain/evidence/source-dto";
import type { TSourcePreview } from "@/lib/domain/evidence/source-preview";
import type { TSnapshotDto } from "@/lib/domain/evidence/snapshot-dto";
import type { TSourceType } from "@/lib/domain/evidence/source-type";
import type { TStance } from "@/lib/domain/evidence/stance";

const w = (slug: string) => `/api/w/${encodeURIComponent(slug)}`;
const seg = encodeURIComponent;

/** A new source given with the evidence: a web page (url) or a described offline source. */
export type TNewSource = {
  url?: string;
  title?: string;
  publisher?: string;
  publishedAt?: string;
  type?: TSourceType;
  description?: string;
};


async function pick<T>(p: Promise<TApiResult<unknown>>, key: string): Promise<TApiResult<T>> {
  const r = await p;
  if (!r.ok) return r;
  const v = r.value as Record<string, unknown> | null;
  return { ok: true, value: (v && key in v ? v[key] : v) as T };
}

export const evidenceApi = {
  list: (slug: string, claimId: string) => pick<TEvidenceDto[]>(apiCall(`${w(slug)}/claims/${seg(claimId)}/evidence`), "evidence"),
  add: (slug: string, claimId: string, body: { sourceId?: string; source?: TNewSource; stance: TStance; excerpt: string; note: string }) =>
    pick<TEvidenceDto>(apiCall(`${w(slug)}/claims/${seg(claimId)}/evidence`, { method: "POST", json: body }), "evidence"),
  update: (slug: string, id: string, body: { version: number; stance?: TStance; excerpt?: string; note?: string }) =>
    pick<TEvidenceDto>(apiCall(`${w(slug)}/evidence/${seg(id)}`, { method: "PATCH", json: body }), "evidence"),
  remove: (slug: string, id: string) => apiCall<void>(`${w(slug)}/evidence/${seg(id)}`, { method: "DELETE" }),
  reorder: (slug: string, claimId: string, order: string[]) => apiCall<unknown>(`${w(slug)}/claims/${seg(claimId)}/evidence/order`, { method: "PUT", json: { order } }),
  searchSources: (slug: string, q: string, signal?: AbortSignal) =>
    apiCall<TSourceList>(`${w(slug)}/sources?q=${seg(q)}&pageSize=8&sort=cited`, { signal }),
  preview: (slug: string, url: string, signal?: AbortSignal) => pick<TSourcePreview>(apiCall(`${w(slug)}/sources/preview`, { method: "POST", json: { url }, signal }), "preview"),
  refetch: (slug: string, sourceId: string) => pick<TSnapshotDto>(apiCall(`${w(slug)}/sources/${seg(sourceId)}/snapshots`, { method: "POST", json: {} }), "snapshot"),
  source: (slug: string, sourceId: string) => pick<TSourceDto>(apiCall(`${w(slug)}/sources/${seg(sourceId)}`), "source"),
};

/** The page showing a source with its captures; with a snapshot id, that capture with the excerpts highlighted. */
export function sourceHref(slug: string, sourceId: string, snapshotId?: string | null): string {
  return `/w/${seg(slug)}/sources/${seg(sourceId)}${snapshotId ? `?snapshot=${seg(snapshotId)}` : ""}`;
}
