import { randomUUID } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { Transform } from "@tiptap/pm/transform";
import { updateYFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";
import { CLAIM_MARK } from "@/lib/editor/claim-mark";
import { YDOC_FIELD } from "@/lib/editor/extensions";
import { buildTextMap, textRangeToPos } from "@/lib/editor/text-map";
import { documentSchema, jsonToYState, nodeToPlainText, yDocToNode } from "@/lib/editor/ydoc-convert";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";

type TRange = { start: number; end: number; exact?: string } | { find: string };

/**
 * What the claims API does when it marks a claim (HELPERS.md, "The design of claims"), step by
 * step, so the collab tests exercise the live pickup against the same kind of write: under the
 * document's row lock, durable ydoc + write-ahead rows → ProseMirror → addMark → updateYFragment
 * (a minimal format-only update) → store ydoc/content/text, fold the rows, insert the Claim row,
 * NOTIFY. Returns the claim id.
 */
export async function markClaimLikeTheClaimsApi(opts: { documentId: string } & TRange): Promise<string> {
  return (await markClaimsLikeTheClaimsApi(opts.documentId, [opts]))[0]!;
}

/** Several claims in one transaction (one Y.js update): for documents with many claims. */
export async function markClaimsLikeTheClaimsApi(documentId: string, ranges: TRange[]): Promise<string[]> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Document" WHERE "id" = ${documentId}::uuid FOR NO KEY UPDATE`;
      const row = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { ydoc: true, content: true, workspaceId: true } });
      const pending = await tx.documentUpdate.findMany({ where: { documentId }, orderBy: { seq: "asc" }, select: { seq: true, update: true } });
      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, row.ydoc ?? jsonToYState(row.content as JSONContent));
      for (const p of pending) Y.applyUpdate(ydoc, p.update);

      const node = yDocToNode(ydoc);
      const map = buildTextMap(node);
      const text = map.text;
      const schema = documentSchema();
      const tr = new Transform(node);
      const claims = ranges.map((r) => {
        // `find`: the client saw these words; where they are in the durable text now (others may be typing).
        const start = "find" in r ? text.indexOf(r.find) : r.start;
        const end = "find" in r ? start + r.find.length : r.end;
        if (start < 0) throw new Error(`"${"find" in r ? r.find : ""}" not in the text`);
        const exact = text.slice(start, end);
        if ("exact" in r && r.exact !== undefined && exact !== r.exact) throw new Error(`the text has moved on: "${exact}" ≠ "${r.exact}"`);
        const range = textRangeToPos(map, start, end);
        if (!range) throw new Error("range outside the text");
        const id = randomUUID();
        tr.addMark(range.from, range.to, schema.marks[CLAIM_MARK]!.create({ id }));
        return { id, start, end, exact };
      });
      updateYFragment(ydoc, ydoc.getXmlFragment(YDOC_FIELD), tr.doc, { mapping: new Map(), isOMark: new Map() });

      const after = yDocToNode(ydoc);
      await tx.document.update({
        where: { id: documentId },
        data: {
          ydoc: new Uint8Array(Y.encodeStateAsUpdate(ydoc)),
          content: after.toJSON() as Prisma.InputJsonValue,
          text: nodeToPlainText(after),
          version: { increment: 1 },
          lastActivityAt: new Date(),
        },
      });
      if (pending.length) await tx.documentUpdate.deleteMany({ where: { seq: { in: pending.map((p) => p.seq) } } });
      await tx.claim.createMany({
        data: claims.map((c) => ({
          id: c.id,
          workspaceId: row.workspaceId,
          documentId,
          quoteExact: c.exact,
          ...quotePrefixSuffix(text, c.start, c.end),
          positionStart: c.start,
          positionEnd: c.end,
          text: c.exact,
        })),
      });
      await notifyDocumentChanged(tx, { documentId, ydoc: true, claims: true });
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
