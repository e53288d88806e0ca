import "server-only";
import { createHash } from "node:crypto";
import type { TTx } from "@/lib/db";
import { canonicalDocumentText, canonicalText, signOffHash, type TSignOffEvidence, type TSignOffInput, type TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";
import { durableText, readDurableState } from "@/lib/server/collab/durable-document";

export const sha256Hex = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

/** The claim fields a sign-off covers. */
export type TSignOffClaim = {
  id: string;
  documentId: string;
  quoteExact: string;
  text: string;
  claimant: string | null;
  claimDate: Date | null;
};
export const signOffClaimSelect = { id: true, documentId: true, quoteExact: true, text: true, claimant: true, claimDate: true } as const;

/** The verdict content a sign-off covers (a stored version, or one about to be stored). */
export type TSignOffVerdict = {
  ratingLabel: string;
  ratingValue: number | null;
  summary: string;
  rationale: unknown;
  evidenceIds: readonly string[];
};

/**
 * What an approval of this verdict would sign, as the content stands now in the database:
 * the claim's quote and fields, the verdict, its evidence as each item stands (source address,
 * the hash of the source's latest good capture or of its uploaded file, stance, excerpt) and the
 * hash of the document's durable text (acknowledged edits included, so a pending fold cannot
 * change it later). Run inside the transaction that holds the claim row lock.
 */
export async function computeSignOff(tx: TTx, claim: TSignOffClaim, verdict: TSignOffVerdict): Promise<{ input: TSignOffInput; hash: string }> {
  const evidence = await loadSignOffEvidence(tx, claim.id, verdict.evidenceIds);
  const durable = await readDurableState(tx, claim.documentId);
  const documentText = durable ? durableText(durable) : "";
  const input: TSignOffInput = {
    claim: {
      quote: claim.quoteExact,
      wording: claim.text,
      claimant: claim.claimant,
      claimDate: claim.claimDate ? claim.claimDate.toISOString().slice(0, 10) : null,
    },
    rating: { label: verdict.ratingLabel, value: verdict.ratingValue },
    summary: verdict.summary,
    rationale: verdict.rationale as TTiptapNode,
    evidence,
    documentTextHash: sha256Hex(canonicalDocumentText(documentText)),
  };
  return { input, hash: signOffHash(input, sha256Hex) };
}

/**
 * The capture a verdict rests on, as the hash of its readable text (canonical whitespace): a
 * re-fetch whose markup differs only in rotating tokens or ads changes nothing a reviewer read, so
 * it must not void their approval; a changed article does.
 */
function snapshotTextHash(text: string | null | undefined): string | null {
  return text ? sha256Hex(canonicalText(text)) : null;
}

async function loadSignOffEvidence(tx: TTx, claimId: string, ids: readonly string[]): Promise<TSignOffEvidence[]> {
  if (ids.length === 0) return [];
  // Only the claim's own evidence counts; an id whose evidence was removed simply drops out of
  // the set, which changes the hash (the verdict no longer rests on it).
  const rows = await tx.evidence.findMany({
    where: { id: { in: [...ids] }, claimId },
    select: {
      stance: true,
      excerpt: true,
      source: {
        select: {
          url: true,
          file: { select: { sha256: true } },
          snapshots: { where: { status: "OK" }, orderBy: [{ fetchedAt: "desc" }, { createdAt: "desc" }], take: 1, select: { text: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    sourceUrl: r.source.url,
    snapshotHash: snapshotTextHash(r.source.snapshots[0]?.text) ?? r.source.file?.sha256 ?? null,
    stance: r.stance,
    excerpt: r.excerpt,
  }));
}
