import "server-only";
import { createHash } from "node:crypto";
import { db, type TTx } from "@/lib/db";
import { envVar } from "@/lib/env";
import type { TSnapshotErrorCode } from "@/lib/domain/evidence/snapshot-dto";
import { jsonToPlainText } from "@/lib/editor/ydoc-convert";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { SafeFetchError, safeFetch, type TSafeFetchOptions } from "@/lib/server/fetch/safe-fetch";
import { decodeTextBytes } from "@/lib/server/import/decode-text-bytes";
import { htmlToArticle } from "@/lib/server/import/html-to-article";
import { syncSignOffForSource } from "@/lib/server/reviews/sync-sign-off";
import { recheckExcerpts } from "./recheck-excerpts";
import { requestWaybackCapture } from "./request-wayback-capture";
import { HTML_MEDIA_TYPES, isHtmlType } from "./to-snapshot-dto";

/**
 * The capture job: fetches a PENDING snapshot's URL with the safe fetcher and makes the snapshot
 * OK (readable text, page source, hash…) or FAILED (a code and a sentence). Idempotent: it first
 * claims the row (PENDING only, counting the attempt) and writes its result only while the row is
 * still PENDING, so a snapshot already OK or FAILED is never fetched or written again.
 *
 * Only HTML and plain text are captured; anything else (PDF, images…) fails as UNSUPPORTED_TYPE
 * with the type named. Keeping such bytes would make this a file store without a way to show or
 * check them: the excerpt check needs text, and uploads (a separate path) cover files.
 */

export const DEFAULT_SNAPSHOT_TIMEOUT_MS = 15_000;
const CAPTURED_TYPES = [...HTML_MEDIA_TYPES, "text/plain"];
const MAX_META = 200;

export type TCaptureResult = { status: "OK" | "FAILED" | "SKIPPED" } | { status: "RETRY"; error: string };

type TFailure = { errorCode: TSnapshotErrorCode; error: string; httpStatus: number | null; transient: boolean };

function failureOf(e: unknown): TFailure {
  if (e instanceof SafeFetchError) {
    const base = { error: e.message, httpStatus: e.httpStatus };
    switch (e.failure) {
      case "INVALID_URL":
        return { ...base, errorCode: "INVALID_URL", transient: false };
      case "PRIVATE_ADDRESS":
        return { ...base, errorCode: "PRIVATE_ADDRESS", transient: false };
      case "UNSUPPORTED_TYPE":
        return { ...base, errorCode: "UNSUPPORTED_TYPE", transient: false };
      case "TOO_LARGE":
        return { ...base, errorCode: "TOO_LARGE", transient: false };
      case "TIMEOUT":
        return { ...base, errorCode: "TIMEOUT", transient: true };
      case "TOO_MANY_REDIRECTS":
        return { ...base, errorCode: "HTTP_ERROR", transient: false };
      case "DNS":
      case "NETWORK":
        return { ...base, errorCode: "NETWORK", transient: true };
      case "HTTP_STATUS": {
        const status = e.httpStatus ?? 0;
        if (status === 404 || status === 410) return { ...base, errorCode: "NOT_FOUND", transient: false };
        // Server trouble and rate limits pass; other client errors (403, 400…) will answer the same again.
        return { ...base, errorCode: "HTTP_ERROR", transient: status >= 500 || status === 429 || status === 408 };
      }
    }
  }
  // The page was fetched but is not something we can read: refused content, hostile markup.
  if (e instanceof AppError) {
    const errorCode = e.code === "UNSUPPORTED_MEDIA_TYPE" ? "UNSUPPORTED_TYPE" : e.code === "PAYLOAD_TOO_LARGE" ? "TOO_LARGE" : "UNREADABLE";
    return { errorCode, error: e.message, httpStatus: null, transient: false };
  }
  log.error("snapshot capture failed unexpectedly", { err: e });
  return { errorCode: "NETWORK", error: "The capture failed unexpectedly; it will be retried.", httpStatus: null, transient: true };
}

function charsetFromMeta(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString("latin1");
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** PostgreSQL text cannot hold NUL; a page may have one past the part the decoder sniffs. */
function storable(s: string): string {
  return s.includes("\u0000") ? s.replace(/\u0000/g, "") : s;
}

function clip(s: string | undefined | null, max = MAX_META): string | null {
  const t = s?.replace(/\s+/g, " ").trim();
  if (!t) return null;
  return t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t;
}

type TPage = { text: string; html: string | null; title: string | null; publisher: string | null; author: string | null; publishedAt: string | null };

/** Bytes → what a snapshot keeps; throws AppError for content it refuses (binary, hostile markup). */
function readPage(body: Buffer, mediaType: string, charset: string | null, finalUrl: string): TPage {
  const host = new URL(finalUrl).hostname.replace(/^www\./, "");
  if (body.length === 0) return { text: "", html: isHtmlType(mediaType) ? "" : null, title: null, publisher: host, author: null, publishedAt: null };
  const raw = storable(decodeTextBytes(body, { charset: charset ?? (isHtmlType(mediaType) ? charsetFromMeta(body) : null), what: "The page" }));
  if (!isHtmlType(mediaType)) {
    const text = raw.replace(/\r\n?/g, "\n");
    return { text, html: null, title: clip(text.split("\n").find((l) => l.trim())), publisher: host, author: null, publishedAt: null };
  }
  // Readability, as the importer extracts articles; guardMarkup inside refuses pathological nesting.
  const article = htmlToArticle(raw, { baseUrl: finalUrl, extract: true, what: "The page" });
  return {
    text: storable(jsonToPlainText(article.json)),
    html: raw,
    title: clip(article.title),
    publisher: clip(article.publisher) ?? host,
    author: clip(article.author),
    publishedAt: article.publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(article.publishedAt) ? article.publishedAt : null,
  };
}

/** Whitespace-insensitive, so re-wrapped markup around the same words is not a change. */
const textKey = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Titles a source gets when created from a bare URL: the URL itself or its host. */
function isDefaultTitle(title: string, source: { url: string | null; normalizedUrl: string | null }): boolean {
  const t = title.trim();
  if (!t) return true;
  const candidates = [source.url, source.normalizedUrl].filter((u): u is string => !!u);
  for (const u of candidates) {
    if (t === u || t === u.replace(/\/$/, "")) return true;
    try {
      const parsed = new URL(u);
      const host = parsed.hostname;
      if (t === host || t === host.replace(/^www\./, "")) return true;
      // What the library shows for a bare URL: host and path (lib/server/sources, titleFromUrl).
      const path = parsed.pathname === "/" ? "" : parsed.pathname.replace(/\/+$/, "");
      const hostPath = `${parsed.host}${path}`;
      if (t === hostPath || t === safeDecode(hostPath)) return true;
    } catch {
      // Not a URL: nothing to compare.
    }
  }
  return false;
}

/** Fills what the person left empty from the page's metadata; never overwrites what they typed. */
async function fillSourceMetadata(tx: TTx, sourceId: string, page: TPage): Promise<void> {
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { title: true, url: true, normalizedUrl: true, publisher: true, author: true, publishedAt: true, version: true },
  });
  if (!source) return;
  const data: { title?: string; publisher?: string; author?: string; publishedAt?: Date } = {};
  if (page.title && isDefaultTitle(source.title, source)) data.title = page.title;
  if (!source.publisher?.trim() && page.publisher) data.publisher = page.publisher;
  if (!source.author?.trim() && page.author) data.author = page.author;
  if (!source.publishedAt && page.publishedAt) {
    const d = new Date(`${page.publishedAt}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) data.publishedAt = d;
  }
  if (Object.keys(data).length === 0) return;
  // Version-checked like a person's edit: a concurrent edit wins, and theirs sees ours as a change.
  await tx.source.updateMany({ where: { id: sourceId, version: source.version }, data: { ...data, version: { increment: 1 } } });
}

export async function captureSnapshot(input: {
  snapshotId: string;
  /** The job's last attempt: a transient failure is then final too. */
  finalAttempt: boolean;
  fetchOptions?: Pick<TSafeFetchOptions, "timeoutMs" | "maxBytes" | "testLoopbackHosts">;
}): Promise<TCaptureResult> {
  const { snapshotId } = input;
  const claimed = await db.sourceSnapshot.updateMany({ where: { id: snapshotId, status: "PENDING" }, data: { attempts: { increment: 1 } } });
  if (claimed.count === 0) return { status: "SKIPPED" };
  const snap = await db.sourceSnapshot.findUnique({ where: { id: snapshotId }, select: { sourceId: true, requestedUrl: true, workspaceId: true } });
  if (!snap) return { status: "SKIPPED" };

  const fetchedAt = new Date();
  let result: Awaited<ReturnType<typeof safeFetch>>;
  let page: TPage;
  try {
    result = await safeFetch(snap.requestedUrl, {
      timeoutMs: envVar("SNAPSHOT_FETCH_TIMEOUT_MS") ?? DEFAULT_SNAPSHOT_TIMEOUT_MS,
      ...input.fetchOptions,
      allowedContentTypes: CAPTURED_TYPES,
    });
    page = readPage(result.body, result.mediaType, result.charset, result.url);
  } catch (e) {
    const f = failureOf(e);
    const final = !f.transient || input.finalAttempt;
    await db.sourceSnapshot.updateMany({
      where: { id: snapshotId, status: "PENDING" },
      // A transient failure stays PENDING with its reason shown, until the last attempt.
      data: final
        ? { status: "FAILED", errorCode: f.errorCode, error: f.error, httpStatus: f.httpStatus, fetchedAt }
        : { errorCode: f.errorCode, error: f.error, httpStatus: f.httpStatus },
    });
    return final ? { status: "FAILED" } : { status: "RETRY", error: f.error };
  }

  const contentHash = createHash("sha256").update(result.body).digest("hex");
  const wrote = await db.$transaction(
    async (tx) => {
      // Serialises with evidence being added or edited (excerptFoundForSource locks FOR SHARE), so
      // no excerpt is checked against the old text after this capture's recheck has run.
      await tx.$executeRaw`SELECT 1 FROM "Source" WHERE "id" = ${snap.sourceId}::uuid FOR UPDATE`;
      const previous = await tx.sourceSnapshot.findFirst({
        where: { sourceId: snap.sourceId, status: "OK", id: { not: snapshotId } },
        orderBy: [{ fetchedAt: "desc" }, { createdAt: "desc" }],
        select: { contentHash: true, text: true },
      });
      // Identical bytes are unchanged; different bytes are a change only if the readable text
      // differs (rotating ads or tokens in the markup are not an edit of the article).
      const changed = previous ? previous.contentHash !== contentHash && textKey(previous.text) !== textKey(page.text) : null;
      const done = await tx.sourceSnapshot.updateMany({
        where: { id: snapshotId, status: "PENDING" },
        data: {
          status: "OK",
          finalUrl: result.url,
          httpStatus: result.status,
          contentType: result.mediaType,
          contentHash,
          byteSize: result.body.length,
          title: page.title,
          text: page.text,
          html: page.html,
          changed,
          errorCode: null,
          error: null,
          fetchedAt,
        },
      });
      if (done.count === 0) return false;
      await fillSourceMetadata(tx, snap.sourceId, page);
      await recheckExcerpts(tx, { sourceId: snap.sourceId });
      // Verdicts in review resting on this source signed its previous text (or none yet): a new text voids them.
      if (changed !== false) await syncSignOffForSource(tx, { workspaceId: snap.workspaceId, sourceId: snap.sourceId, actor: null, cause: "A new capture of a cited source differs from the one signed." });
      return true;
    },
    { timeout: 30_000 },
  );
  if (!wrote) return { status: "SKIPPED" };

  // Best effort: the capture above stands whatever the Wayback Machine says.
  try {
    const archiveUrl = await requestWaybackCapture(result.url);
    if (archiveUrl) await db.sourceSnapshot.update({ where: { id: snapshotId }, data: { archiveUrl } });
  } catch (err) {
    log.warn("wayback capture failed", { snapshotId, err });
  }
  return { status: "OK" };
}
