import "server-only";
import { Marked } from "marked";
import { parseLooseDate } from "@/lib/domain/import/guess-text-metadata";
import { normalizeText } from "@/lib/domain/import/normalize-text";
import { guardMarkup } from "./guard-markup";
import { htmlToArticle } from "./html-to-article";
import type { TArticle } from "./types";

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** Simple `key: value` front matter (title, author, date, source/url, publisher); nothing nested. */
function frontMatter(md: string): { body: string; fields: Record<string, string> } {
  const m = FRONT_MATTER.exec(md);
  if (!m) return { body: md, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split("\n")) {
    const kv = /^([A-Za-z_]+):\s*(.+)$/.exec(line.trim());
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.trim().replace(/^["']|["']$/g, "");
  }
  return { body: md.slice(m[0].length), fields };
}

/** Markdown → HTML (marked, GFM) → the same schema-bound sanitising path as HTML. */
export function markdownToArticle(raw: string): TArticle {
  const { body, fields } = frontMatter(normalizeText(raw));
  guardMarkup(body, "markdown", "The Markdown");
  const html = new Marked({ gfm: true, async: false }).parse(body) as string;
  const article = htmlToArticle(html, { extract: false });
  const source = fields.source ?? fields.url;
  return {
    ...article,
    title: fields.title ?? article.title,
    author: fields.author ?? article.author,
    publisher: fields.publisher ?? article.publisher,
    publishedAt: (fields.date && parseLooseDate(fields.date)) || article.publishedAt,
    sourceUrl: source && /^https?:\/\//i.test(source) ? source : article.sourceUrl,
  };
}
