import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { locateInOriginal, prepareOriginal, quoteInOriginal } from "@/lib/domain/anchoring/quote-in-original";
import type { TDocumentOriginalDto } from "@/lib/domain/documents/document-original-dto";
import { diffTexts } from "@/lib/domain/documents/text-diff";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { loadDurableText } from "@/lib/server/claims/load-durable-text";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZGetDocumentOriginalInput = z.object({ workspaceSlug: z.string(), documentId: z.string() }).strict();
export type TGetDocumentOriginalInput = z.infer<typeof ZGetDocumentOriginalInput>;

/** Beyond this the raw source is not sent to the page (a 10 MB HTML file helps nobody read). */
const MAX_SOURCE_CHARS = 200_000;

/**
 * A document's original import (read-only) with a word diff of the working copy against it, as
 * the editors see it now (acknowledged edits included), and the claims whose quote no longer
 * occurs in it. Members only; another workspace's document reads as not found.
 */
export async function getDocumentOriginal({ actor, ...input }: { actor: TActor } & TGetDocumentOriginalInput): Promise<TDocumentOriginalDto> {
  const { workspaceSlug, documentId } = ZGetDocumentOriginalInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
  const doc = await db.document.findFirst({
    where: { id: documentId, workspaceId: workspace.id, deletedAt: null },
    select: {
      id: true,
      original: { select: { kind: true, sourceName: true, importedAt: true, sha256: true, articleText: true, text: true, importedBy: { select: { name: true } } } },
      claims: { select: { id: true, quoteExact: true, quotePrefix: true, quoteSuffix: true, positionStart: true }, orderBy: { positionStart: "asc" } },
    },
  });
  if (!doc) throw new AppError("NOT_FOUND", "Document not found.");
  if (!doc.original) throw new AppError("NOT_FOUND", "This document has no original import.");
  const o = doc.original;
  const workingText = await loadDurableText(doc.id);
  // Plain-text sources are their own article text when the importer's was not kept (older imports).
  const articleText = o.articleText ?? (o.kind === "TEXT" ? o.text : null);
  const original = articleText === null ? null : prepareOriginal(articleText);
  const claims = original
    ? doc.claims
        .filter((c) => !quoteInOriginal(original, c.quoteExact))
        .map((c) => {
          const found = locateInOriginal(original, { exact: c.quoteExact, prefix: c.quotePrefix, suffix: c.quoteSuffix, start: c.positionStart });
          return { id: c.id, quote: c.quoteExact, originalQuote: found?.exact ?? null, changes: found ? diffTexts(found.exact, c.quoteExact) : null };
        })
    : [];
  return {
    documentId: doc.id,
    kind: o.kind,
    sourceName: o.sourceName,
    importedAt: o.importedAt.toISOString(),
    importedBy: o.importedBy?.name ?? null,
    sha256: o.sha256,
    articleText,
    sourceText: articleText === null ? o.text.slice(0, MAX_SOURCE_CHARS) : null,
    workingText,
    changes: articleText === null ? null : diffTexts(articleText, workingText),
    claims,
  };
}
