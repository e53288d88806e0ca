import "server-only";
import { createHash } from "node:crypto";
import { titleFromText } from "@/lib/domain/import/guess-text-metadata";
import { jsonToPlainText } from "@/lib/editor/ydoc-convert";
import { AppError } from "@/lib/errors";
import type { TImported } from "./types";

const MAX_TITLE = 200;

function clip(s: string | undefined, max: number): string | undefined {
  const t = s?.replace(/\s+/g, " ").trim();
  if (!t) return undefined;
  return t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t;
}

/**
 * Shared last step of every importer: refuses a result with no text, settles the title
 * (metadata, then headline, then file name, then the first sentence), and trims metadata.
 */
export function finishImport(draft: Omit<TImported, "title"> & { title?: string }, opts: { what: string; fallbackTitle?: string }): TImported & { text: string; sha256: string; leftOut: string[] } {
  const text = jsonToPlainText(draft.json);
  if (!text.trim()) throw new AppError("BAD_REQUEST", `${opts.what} has no text to import.`);
  const title = clip(draft.title, MAX_TITLE) ?? clip(opts.fallbackTitle, MAX_TITLE) ?? titleFromText(text, MAX_TITLE) ?? "Untitled document";
  return {
    ...draft,
    title,
    publisher: clip(draft.publisher, 200),
    author: clip(draft.author, 200),
    sourceUrl: draft.sourceUrl && draft.sourceUrl.length <= 2000 ? draft.sourceUrl : undefined,
    leftOut: draft.leftOut ?? [],
    text,
    sha256: createHash("sha256").update(draft.original, "utf8").digest("hex"),
  };
}

export type TFinishedImport = ReturnType<typeof finishImport>;
