import "server-only";
import { parseLooseDate } from "@/lib/domain/import/guess-text-metadata";
import type { TImportedMetadata } from "./types";

type TLd = Record<string, unknown>;

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return undefined;
}

function ldObjects(doc: Document): TLd[] {
  const out: TLd[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v as TLd);
      if ("@graph" in v) visit((v as TLd)["@graph"]);
    }
  };
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => {
    try {
      visit(JSON.parse(s.textContent ?? ""));
    } catch {
      // Broken JSON-LD is common; ignore it.
    }
  });
  return out;
}

function names(v: unknown): string | undefined {
  const list = (Array.isArray(v) ? v : [v])
    .map((x) => (typeof x === "string" ? x : x && typeof x === "object" && typeof (x as TLd).name === "string" ? ((x as TLd).name as string) : undefined))
    .filter((x): x is string => !!x && !/^https?:/i.test(x));
  return list.length ? list.join(", ") : undefined;
}

const ARTICLE = /Article|BlogPosting|Report|WebPage/;

function clean(s: string | undefined, max = 300): string | undefined {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t.slice(0, max) : undefined;
}

/** Title, publisher, author and date from the head of a page: OpenGraph, common meta tags, JSON-LD. */
export function extractHtmlMetadata(doc: Document): Partial<TImportedMetadata> {
  const ld = ldObjects(doc).find((o) => ARTICLE.test(String(o["@type"] ?? ""))) ?? {};
  const publisher = clean(meta(doc, "og:site_name", "application-name") ?? names(ld.publisher));
  let title = clean(meta(doc, "og:title", "twitter:title") ?? (typeof ld.headline === "string" ? ld.headline : undefined) ?? doc.title);
  if (title && publisher) {
    // "Headline | Site" / "Headline - Site": the site name belongs in publisher, not the title.
    for (const sep of [" | ", " - ", " — ", " – "]) if (title.endsWith(sep + publisher)) title = title.slice(0, -(sep + publisher).length);
  }
  const authorMeta = meta(doc, "author", "article:author", "parsely-author", "sailthru.author");
  const author = clean((authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : undefined) ?? names(ld.author));
  const dateRaw =
    meta(doc, "article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date", "DC.date.issued") ??
    (typeof ld.datePublished === "string" ? ld.datePublished : undefined) ??
    doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
    undefined;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(doc, "og:url");
  return {
    title,
    publisher,
    author,
    publishedAt: dateRaw ? parseLooseDate(dateRaw) : undefined,
    sourceUrl: canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined,
  };
}
