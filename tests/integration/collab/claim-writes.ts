import { randomUUID } from "node:crypto";
import type * as Y from "yjs";
import { db } from "@/lib/db";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";
import { CLAIM_MARK } from "@/lib/editor/claim-mark";
import { textRangeToPos } from "@/lib/editor/text-map";
import { nodeToPlainText, yDocToNode } from "@/lib/editor/ydoc-convert";
import { addClaimMarkAt, editClaimMarks } from "@/lib/server/claims/edit-claim-marks";

type TRange = { start: number; end: number; exact?: string } | { find: string };

/**
 * Marks claims the way the claims API does (its own editClaimMarks: under the document's row lock,
 * durable state → addMark → a minimal format-only Y.js update → store, fold the write-ahead rows,
 * NOTIFY), then inserts the Claim rows in the same transaction, so the collab tests exercise the
 * live pickup against the real write. Ranges may be found by their words, since collab clients
 * may be typing. Returns the claim id.
 */
export async function markClaimLikeTheClaimsApi(opts: { documentId: string } & TRange): Promise<string> {
  return (await markClaimsLikeTheClaimsApi(opts.documentId, [opts]))[0]!;
}

/** Several claims in one transaction (one Y.js update): for documents with many claims. */
export async function markClaimsLikeTheClaimsApi(documentId: string, ranges: TRange[]): Promise<string[]> {
  return db.$transaction(
    async (tx) => {
      const { workspaceId } = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { workspaceId: true } });
      const { result: claims } = await editClaimMarks(tx, { documentId, workspaceId }, (edit) =>
        ranges.map((r) => {
          // `find`: the client saw these words; where they are in the durable text now (others may be typing).
          const start = "find" in r ? edit.text.indexOf(r.find) : r.start;
          const end = "find" in r ? start + r.find.length : r.end;
          if (start < 0) throw new Error(`"${"find" in r ? r.find : ""}" not in the text`);
          const exact = edit.text.slice(start, end);
          if ("exact" in r && r.exact !== undefined && exact !== r.exact) throw new Error(`the text has moved on: "${exact}" ≠ "${r.exact}"`);
          if (!textRangeToPos(edit.map, start, end)) throw new Error("range outside the text");
          const id = randomUUID();
          addClaimMarkAt(edit, id, { start, end, exact });
          return { id, start, end, exact, text: edit.text };
        }),
      );
      await tx.claim.createMany({
        data: claims.map((c) => ({
          id: c.id,
          workspaceId,
          documentId,
          quoteExact: c.exact,
          ...quotePrefixSuffix(c.text, c.start, c.end),
          positionStart: c.start,
          positionEnd: c.end,
          text: c.exact,
        })),
      });
      return claims.map((c) => c.id);
    },
    { timeout: 30_000 },
  );
}

function quotePrefixSuffix(text: string, start: number, end: number) {
  const q = quoteSelectorAt(text, start, end);
  return { quotePrefix: q.prefix, quoteSuffix: q.suffix };
}

/** Per claim id, the texts its mark covers in a Y.js document (in document order, adjacent pieces joined). */
export function markedTexts(doc: Y.Doc): Map<string, string[]> {
  const node = yDocToNode(doc);
  const out = new Map<string, string[]>();
  const lastEnd = new Map<string, number>();
  node.descendants((child, pos) => {
    if (!child.isText) return true;
    for (const m of child.marks) {
      if (m.type.name !== CLAIM_MARK) continue;
      const id = m.attrs.id as string;
      const list = out.get(id) ?? [];
      if (lastEnd.get(id) === pos && list.length) list[list.length - 1] += child.text ?? "";
      else list.push(child.text ?? "");
      out.set(id, list);
      lastEnd.set(id, pos + child.nodeSize);
    }
    return false;
  });
  return out;
}

/** The document's plain text as selectors count it (blocks joined by blank lines, marks ignored). */
export const plainText = (doc: Y.Doc) => nodeToPlainText(yDocToNode(doc));
