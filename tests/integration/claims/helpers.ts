import * as Y from "yjs";
import { db } from "@/lib/db";
import { collectClaimRuns } from "@/lib/editor/text-map";
import { nodeToPlainText, yDocToNode } from "@/lib/editor/ydoc-convert";
import { importDocument } from "@/lib/server/documents/import-document";
import { actorOf, type TWorld } from "../workspaces/fixtures";

export { actorOf, codeOf, workspaceWithEveryRole, type TWorld } from "../workspaces/fixtures";

export const ARTICLE = [
  "Port traffic falls 12%",
  "Cargo volumes fell for the third month in a row, the port authority said on Monday.",
  "The mayor claimed that unemployment is at a record low of 3.1 percent.",
].join("\n\n");

export async function seedDoc(w: TWorld, content = ARTICLE) {
  return importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content });
}

/** The [start, end) and exact text of the first occurrence of `needle` in a document's stored text. */
export async function rangeOf(documentId: string, needle: string) {
  const { text } = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { text: true } });
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in the document`);
  return { start, end: start + needle.length, exact: needle };
}

/** Where each claim mark sits in the STORED Y.js state (the collaborative truth), in text offsets, plus the stored JSON's claim ids. */
export async function storedMarks(documentId: string) {
  const row = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { ydoc: true, content: true, text: true, version: true } });
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, row.ydoc!);
  const node = yDocToNode(ydoc);
  const runs = collectClaimRuns(node);
  const text = nodeToPlainText(node);
  const inJson = new Set<string>();
  JSON.stringify(row.content, (k, v: unknown) => {
    if (v && typeof v === "object" && (v as { type?: string }).type === "claim") inJson.add(String((v as { attrs: { id: string } }).attrs.id));
    return v;
  });
  return {
    runs,
    text,
    storedText: row.text,
    version: row.version,
    ydoc: row.ydoc!,
    jsonClaimIds: inJson,
    quoted: (id: string) => (runs.get(id) ?? []).map((r) => text.slice(r.start, r.end)),
  };
}

export async function claimRowCounts(workspaceId: string) {
  const [claims, audits] = await Promise.all([
    db.claim.count({ where: { workspaceId } }),
    db.auditEvent.count({ where: { workspaceId, action: { startsWith: "claim." } } }),
  ]);
  return { claims, audits };
}
