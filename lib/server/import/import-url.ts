import "server-only";
import { safeFetch, type TSafeFetchOptions } from "@/lib/server/fetch/safe-fetch";
import { decodeTextBytes } from "./decode-text-bytes";
import { finishImport, type TFinishedImport } from "./finish-import";
import { htmlToArticle } from "./html-to-article";
import { textToArticle } from "./text-to-article";

const HTML_TYPES = ["text/html", "application/xhtml+xml"];

function charsetFromMeta(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString("latin1");
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * A web page through the safe fetcher, then Readability. The original kept is the page source
 * as fetched; the source URL is where the redirects ended.
 */
export async function importUrl(input: { url: string; fetchOptions?: Pick<TSafeFetchOptions, "testLoopbackHosts" | "timeoutMs"> }): Promise<TFinishedImport> {
  const res = await safeFetch(input.url, { ...input.fetchOptions, allowedContentTypes: [...HTML_TYPES, "text/plain"] });
  const what = "The page";
  const text = decodeTextBytes(res.body, { charset: res.charset ?? charsetFromMeta(res.body), what });
  const host = new URL(res.url).hostname.replace(/^www\./, "");
  const article = HTML_TYPES.includes(res.mediaType) ? htmlToArticle(text, { baseUrl: res.url, extract: true }) : textToArticle(text);
  return finishImport(
    {
      ...article,
      publisher: article.publisher ?? host,
      sourceUrl: res.url,
      kind: "URL",
      original: text,
      sourceName: res.url,
      mimeType: res.mediaType,
      byteSize: res.body.length,
    },
    { what, fallbackTitle: host },
  );
}
