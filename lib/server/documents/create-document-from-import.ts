import "server-only";
import { db, type TTx } from "@/lib/db";
import { jsonToYState } from "@/lib/editor/ydoc-convert";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { TFinishedImport } from "@/lib/server/import/finish-import";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { documentSummarySelect, toDocumentSummary } from "./to-document-dto";

export type TCreateDocumentFromImportInput = { actor: TActor; workspaceSlug: string; imported: TFinishedImport };

/**
 * Writes the document (JSON, Y.js state and plain text together), its immutable original and the
 * audit record in one transaction: on any failure nothing of the import remains.
 */
export async function createDocumentFromImport({ actor, workspaceSlug, imported }: TCreateDocumentFromImportInput, outerTx?: TTx) {
  const write = async (tx: TTx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    const json = imported.json as Prisma.InputJsonObject;
    const doc = await tx.document.create({
      data: {
        workspaceId: workspace.id,
        title: imported.title,
        sourceUrl: imported.sourceUrl ?? null,
        publisher: imported.publisher ?? null,
        author: imported.author ?? null,
        publishedAt: imported.publishedAt ? new Date(`${imported.publishedAt}T00:00:00Z`) : null,
        content: json,
        ydoc: new Uint8Array(jsonToYState(imported.json)),
        text: imported.text,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await tx.documentImport.create({
      data: {
        documentId: doc.id,
        workspaceId: workspace.id,
        kind: imported.kind,
        sourceName: imported.sourceName ?? null,
        mimeType: imported.mimeType ?? null,
        byteSize: imported.byteSize,
        text: imported.original,
        sha256: imported.sha256,
        leftOut: imported.leftOut,
        articleText: imported.text,
        importedById: actor.userId,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "document.imported",
      targetType: "document",
      targetId: doc.id,
      data: { title: imported.title, kind: imported.kind, sourceName: imported.sourceName ?? null, byteSize: imported.byteSize, sha256: imported.sha256 },
    });
    return toDocumentSummary(await tx.document.findUniqueOrThrow({ where: { id: doc.id }, select: documentSummarySelect }));
  };
  // The demo seed passes its own transaction so users, workspace and documents commit together.
  return outerTx ? write(outerTx) : db.$transaction(write);
}
