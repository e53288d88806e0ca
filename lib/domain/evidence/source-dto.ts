import type { TSnapshotDto } from "./snapshot-dto";
import type { TSourceKind, TSourceType } from "./source-type";

/** The few fields shown wherever a source is named (evidence rows, autocomplete). */
export type TSourceSummary = {
  id: string;
  kind: TSourceKind;
  url: string | null;
  title: string;
  publisher: string | null;
  type: TSourceType;
  /** The newest capture's state (URL sources only; null before the first request). */
  latestSnapshot: Pick<TSnapshotDto, "id" | "status" | "errorCode" | "error" | "fetchedAt" | "changed"> | null;
};

/** A library entry as the API returns it. Dates: `publishedAt` is YYYY-MM-DD, others ISO. */
export type TSourceDto = TSourceSummary & {
  author: string | null;
  publishedAt: string | null;
  reliabilityNote: string;
  /** What the source is, for sources without a URL (an interview, a phone call, a printed record). */
  description: string;
  /** An uploaded file: served from …/sources/{id}/file. */
  file: { name: string; mediaType: string; byteSize: number } | null;
  /** Where the library uses it: citing evidence, distinct claims and distinct documents. */
  usage: { evidence: number; claims: number; documents: number };
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-concurrency version: send it back with a PATCH. */
  version: number;
};

/** A claim citing the source, as the source's page lists it. */
export type TSourceCitation = {
  evidenceId: string;
  claimId: string;
  claimText: string;
  documentId: string;
  documentTitle: string;
  stance: "SUPPORTS" | "REFUTES" | "CONTEXT";
  excerpt: string;
  excerptFound: boolean | null;
};

/** A source's own page: its metadata, every capture (newest first) and every citation. */
/**
 * A source's page: the newest SOURCE_DETAIL_MAX_SNAPSHOTS captures and the first
 * SOURCE_DETAIL_MAX_CITATIONS citations, with the totals (a source cited for years can have more).
 */
export type TSourceDetail = TSourceDto & { snapshots: TSnapshotDto[]; snapshotCount: number; citations: TSourceCitation[]; citationCount: number };
export const SOURCE_DETAIL_MAX_SNAPSHOTS = 50;
export const SOURCE_DETAIL_MAX_CITATIONS = 500;

export type TSourceList = { sources: TSourceDto[]; total: number; page: number; pageSize: number };
