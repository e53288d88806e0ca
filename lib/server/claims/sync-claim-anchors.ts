import "server-only";
import type { Node as PMNode } from "@tiptap/pm/model";
import type { TTx } from "@/lib/db";
import { pickRun } from "@/lib/domain/anchoring/pick-run";
import { DETACH_BELOW, quoteSimilarity } from "@/lib/domain/anchoring/quote-similarity";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";
import { buildTextMap, collectClaimRuns } from "@/lib/editor/text-map";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";

export type TSyncClaimAnchorsResult = {
  /** claims the document has */
  claims: number;
  /** claims whose row was written (selectors moved, detached or reattached) */
  updated: number;
  detached: number;
  reattached: number;
  /** true when a change clients show (detached state, quote) was NOTIFYed */
  notified: boolean;
};

type TRowChange = {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  detach: boolean;
  /** detached state or quote changed: bump updatedAt (a mere shift of position does not) */
  touch: boolean;
};


/**
 * Keeps each claim's W3C selectors in step with its mark, inside the collab store's transaction
 * (under the document's row lock, so the claims API cannot change marks or rows meanwhile).
 * Per claim: the mark run most like the stored quote (pickRun; a pasted copy of a mark makes
 * several). No run (the text was deleted) → detached, old selectors kept for re-anchoring. A run
 * whose text is no longer like the stored quote (< DETACH_BELOW) → detached likewise. Otherwise the
 * selectors follow the run and a detached claim whose mark came back (undo) is attached again.
 * All changes go in one UPDATE; NOTIFY `claims` when something a client shows changed.
 * `text` must be `nodeToPlainText(node)`. System call (the collab store), no actor.
 */
export async function syncClaimAnchors(tx: TTx, opts: { documentId: string; node: PMNode; text: string }): Promise<TSyncClaimAnchorsResult> {
  const claims = await tx.claim.findMany({
    where: { documentId: opts.documentId },
    select: { id: true, quoteExact: true, quotePrefix: true, quoteSuffix: true, positionStart: true, positionEnd: true, detachedAt: true },
  });
  const unchanged: TSyncClaimAnchorsResult = { claims: claims.length, updated: 0, detached: 0, reattached: 0, notified: false };
  if (claims.length === 0) return unchanged;

  const map = buildTextMap(opts.node);
  const text = opts.text;
  const runs = collectClaimRuns(opts.node, map);
  const changes: TRowChange[] = [];
  let detached = 0;
  let reattached = 0;
  for (const c of claims) {
    const keep = { id: c.id, exact: c.quoteExact, prefix: c.quotePrefix, suffix: c.quoteSuffix, start: c.positionStart, end: c.positionEnd };
    const run = pickRun(text, runs.get(c.id) ?? [], c.quoteExact);
    const exact = run ? text.slice(run.start, run.end) : "";
    if (!run || (exact !== c.quoteExact && quoteSimilarity(c.quoteExact, exact, DETACH_BELOW) < DETACH_BELOW)) {
      if (!c.detachedAt) {
        changes.push({ ...keep, detach: true, touch: true });
        detached += 1;
      }
      continue;
    }
    const q = quoteSelectorAt(text, run.start, run.end);
    const moved = q.exact !== c.quoteExact || q.prefix !== c.quotePrefix || q.suffix !== c.quoteSuffix || run.start !== c.positionStart || run.end !== c.positionEnd;
    if (!moved && !c.detachedAt) continue;
    if (c.detachedAt) reattached += 1;
    changes.push({ id: c.id, ...q, start: run.start, end: run.end, detach: false, touch: Boolean(c.detachedAt) || q.exact !== c.quoteExact });
  }
  if (changes.length === 0) return unchanged;

  // One statement for any number of claims: a store runs every 0.4–2 s while people type.
  await tx.$executeRaw`
    UPDATE "Claim" AS c SET
      "quoteExact" = u.exact,
      "quotePrefix" = u.prefix,
      "quoteSuffix" = u.suffix,
      "positionStart" = u.start,
      "positionEnd" = u."end",
      "detachedAt" = CASE WHEN u.detach THEN COALESCE(c."detachedAt", now()) ELSE NULL END,
      "updatedAt" = CASE WHEN u.touch THEN now() ELSE c."updatedAt" END
    FROM unnest(
      ${changes.map((c) => c.id)}::uuid[],
      ${changes.map((c) => c.exact)}::text[],
      ${changes.map((c) => c.prefix)}::text[],
      ${changes.map((c) => c.suffix)}::text[],
      ${changes.map((c) => c.start)}::int[],
      ${changes.map((c) => c.end)}::int[],
      ${changes.map((c) => c.detach)}::boolean[],
      ${changes.map((c) => c.touch)}::boolean[]
    ) AS u(id, exact, prefix, suffix, start, "end", detach, touch)
    WHERE c."id" = u.id AND c."documentId" = ${opts.documentId}::uuid`;

  const notify = changes.some((c) => c.touch);
  if (notify) await notifyDocumentChanged(tx, { documentId: opts.documentId, ydoc: false, claims: true });
  return { claims: claims.length, updated: changes.length, detached, reattached, notified: notify };
}
