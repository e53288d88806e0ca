import { apiCall, type TApiResult } from "@/components/ui/api-call";
import type { TSourceDto } from "@/lib/domain/evidence/source-dto";
import type { TSnapshotDto } from "@/lib/domain/evidence/snapshot-dto";
import type { TSourceType } from "@/lib/domain/evidence/source-type";

const w = (slug: string) => `/api/w/${encodeURIComponent(slug)}`;
const seg = encodeURIComponent;

/** The API wraps single things (`{ source }`, `{ snapshot }`); take the thing out. */
async function pick<T>(p: Promise<TApiResult<unknown>>, key: string): Promise<TApiResult<T>> {
  const r = await p;
  if (!r.ok) return r;
  const v = r.value as Record<string, unknown> | null;
  return { ok: true, value: (v && key in v ? v[key] : v) as T };
}

export type TSourceFields = {
  url?: string;
  title?: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
  type?: TSourceType;
  reliabilityNote?: string;
  description?: string;
};

export const sourcesApi = {
  create: async (slug: string, body: TSourceFields): Promise<TApiResult<{ source: TSourceDto; created: boolean }>> => {
    const r = await apiCall<{ source: TSourceDto; created?: boolean }>(`${w(slug)}/sources`, { method: "POST", json: body });
    return r.ok ? { ok: true, value: { source: r.value.source, created: r.value.created ?? true } } : r;
  },
  /** Multipart: the file's type is decided by the server from its bytes. */
  upload: (slug: string, form: FormData) => pick<TSourceDto>(apiCall(`${w(slug)}/sources/upload`, { method: "POST", body: form }), "source"),
  update: (slug: string, id: string, body: TSourceFields & { version: number }) =>
    pick<TSourceDto>(apiCall(`${w(slug)}/sources/${seg(id)}`, { method: "PATCH", json: body }), "source"),
  remove: (slug: string, id: string) => apiCall<void>(`${w(slug)}/sources/${seg(id)}`, { method: "DELETE" }),
  refetch: (slug: string, id: string) => pick<TSnapshotDto>(apiCall(`${w(slug)}/sources/${seg(id)}/snapshots`, { method: "POST", json: {} }), "snapshot"),
  snapshot: (slug: string, snapshotId: string) => pick<TSnapshotDto>(apiCall(`${w(slug)}/snapshots/${seg(snapshotId)}`), "snapshot"),
};
