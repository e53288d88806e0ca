import "server-only";
import { z } from "zod";
import type { TSourcePreview } from "@/lib/domain/evidence/source-preview";
import type { TActor } from "@/lib/server/actor";
import { safeFetch } from "@/lib/server/fetch/safe-fetch";
import { decodeTextBytes } from "@/lib/server/import/decode-text-bytes";
import { extractHtmlMetadata } from "@/lib/server/import/extract-html-metadata";
import { guardMarkup } from "@/lib/server/import/guard-markup";
import { parseHtmlDocument } from "@/lib/server/import/parse-html-document";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { spendPreviewBudget } from "./preview-budget";

export const ZPreviewSourceUrlInput = z.object({
  workspaceSlug: z.string(),
  url: z.string().trim().min(1, "Paste a web address.").max(2000, "That web address is too long."),
});
export type TPreviewSourceUrlInput = z.infer<typeof ZPreviewSourceUrlInput>;

const HTML_TYPES = ["text/html", "application/xhtml+xml"];
/** A preview reads a page's head: a short wait and a small cap keep the form responsive. */
const PREVIEW_TIMEOUT_MS = 8_000;
const PREVIEW_MAX_BYTES = 2 * 1024 * 1024;
const MAX_META = 200;

const clip = (s: string | undefined | null) => {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? (t.length > MAX_META ? t.slice(0, MAX_META - 1).trimEnd() + "…" : t) : null;
};

/**
 * Title, publisher, author and date of a page, for the add-evidence form to fill in (the importer's
 * metadata extraction: OpenGraph, meta tags, JSON-LD). Fetched with the safe fetcher and thrown
 * away: nothing is stored. Only people who may add sources may ask, so the server is not a fetch
 * proxy for viewers, and only PREVIEW_MAX_PER_WINDOW times in ten minutes (429 past that). Every
 * failure is the fetcher's own 4xx with its sentence.
 */
export async function previewSourceUrl({ actor, ...input }: { actor: TActor } & TPreviewSourceUrlInput): Promise<TSourcePreview> {
  const { workspaceSlug, url } = ZPreviewSourceUrlInput.parse(input);
  await requireMembership({ actor, workspaceSlug, capability: "content.edit" });
  spendPreviewBudget(actor.userId);
  const res = await safeFetch(url, { allowedContentTypes: [...HTML_TYPES, "text/plain"], timeoutMs: PREVIEW_TIMEOUT_MS, maxBytes: PREVIEW_MAX_BYTES });
  const host = new URL(res.url).hostname.replace(/^www\./, "");
  const empty = { url: res.url, title: null, publisher: host, author: null, publishedAt: null };
  if (res.body.length === 0) return empty;
  const text = decodeTextBytes(res.body, { charset: res.charset, what: "The page" });
  if (!HTML_TYPES.includes(res.mediaType)) {
    return { ...empty, title: clip(text.split("\n").find((l) => l.trim())) };
  }
  guardMarkup(text, "html", "The page");
  const meta = extractHtmlMetadata(parseHtmlDocument(text, res.url));
  return {
    url: res.url,
    title: clip(meta.title),
    publisher: clip(meta.publisher) ?? host,
    author: clip(meta.author),
    publishedAt: meta.publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(meta.publishedAt) ? meta.publishedAt : null,
  };
}
