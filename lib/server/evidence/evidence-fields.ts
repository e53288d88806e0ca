import "server-only";
import { z } from "zod";
import type { db, TTx } from "@/lib/db";
import { STANCES } from "@/lib/domain/evidence/stance";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";

export const EVIDENCE_EXCERPT_MAX = 5000;
export const EVIDENCE_NOTE_MAX = 5000;

export const zStance = z.enum(STANCES, { error: `stance must be one of ${STANCES.join(", ")}: does the source support the claim, refute it, or give context?` });

/** Kept as typed (HTML too: it is shown as text), ends trimmed; PostgreSQL text cannot hold NUL. */
const longText = (max: number, what: string) =>
  z
    .string({ error: `Enter ${what} as text.` })
    .transform((v) => v.replaceAll("\u0000", "").trim())
    .pipe(z.string().max(max, `Keep ${what} to at most ${max} characters.`));

export const zExcerpt = longText(EVIDENCE_EXCERPT_MAX, "the excerpt");
export const zNote = longText(EVIDENCE_NOTE_MAX, "the note");

/** A claim the evidence may hang on: in the workspace, its document not in the trash; else 404. */
export async function requireLiveClaim(tx: TTx | typeof db, workspaceId: string, claimId: string): Promise<{ id: string; documentId: string }> {
  const claim = isUuid(claimId)
    ? await tx.claim.findFirst({ where: { id: claimId, workspaceId, document: { deletedAt: null } }, select: { id: true, documentId: true } })
    : null;
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  return claim;
}

/** Evidence of the workspace on a claim outside the trash, or 404. */
export async function requireLiveEvidence(tx: TTx | typeof db, workspaceId: string, evidenceId: string) {
  const row = isUuid(evidenceId)
    ? await tx.evidence.findFirst({
        where: { id: evidenceId, workspaceId, claim: { document: { deletedAt: null } } },
        select: { id: true, claimId: true, sourceId: true, stance: true, excerpt: true, version: true, claim: { select: { documentId: true } }, source: { select: { title: true } } },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", "Evidence not found.");
  return row;
}
