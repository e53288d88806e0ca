import "server-only";
import { Readability } from "@mozilla/readability";
import type { TDocJson } from "@/lib/domain/import/blocks-to-json";
import { commentCutNote, cutCommentsFromDoc } from "@/lib/domain/import/comment-section";
import { parseLooseDate } from "@/lib/domain/import/guess-text-metadata";
import { domToDoc } from "./dom-to-doc";
import { extractHtmlMetadata } from "./extract-html-metadata";
import { guardMarkup } from "./guard-markup";
import { parseHtmlDocument } from "./parse-html-document";
import type { TArticle } from "./types";

const FURNITURE = "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
/** Where blogs and news sites put reader comments (WordPress, Disqus, common themes). */
const COMMENT_CONTAINERS = "#comments, .comments, .comment-list, .commentlist, .comments-area, .comment-respond, #respond, #disqus_thread";

/** Whether pasted/uploaded HTML is a whole page (worth article extraction) rather than a fragment. */
function isWholePage(html: string): boolean {
  // Browsers wrap copied selections in <html><body><!--StartFragment-->: the user already chose the text.
  if (html.includes("<!--StartFragment-->")) return false;
  return /<(html|body|head)[\s>]/i.test(html) || /<(nav|header|footer|aside)[\s>]/i.test(html);
}

function firstHeading(json: TDocJson): string | undefined {
  const h = json.content?.find((n) => n.type === "heading");
  const text = h?.content?.map((c) => c.text ?? "").join("").trim();
  return text || undefined;
}

/**
 * HTML → document and metadata. Whole pages go through Readability (drops navigation, comments,
 * sidebars); if it finds no article, the page body minus obvious furniture is used instead.
 */
export function htmlToArticle(html: string, opts: { baseUrl?: string; extract?: boolean; what?: string } = {}): TArticle {
  guardMarkup(html, "html", opts.what ?? "The HTML");
  const doc = parseHtmlDocument(html, opts.baseUrl);
  // Comment threads go whether or not the page is extracted: a pasted selection can hold one too.
  const commentText = Array.from(doc.querySelectorAll(COMMENT_CONTAINERS))
    .filter((el) => !el.parentElement?.closest(COMMENT_CONTAINERS))
    .map((el) => {
      el.remove();
      return el.textContent ?? "";
    })
    .join("\n");
  const meta = extractHtmlMetadata(doc);
  const base = opts.baseUrl ?? meta.sourceUrl;
  const extract = opts.extract ?? isWholePage(html);
  let json: TDocJson | undefined;
  let byline: string | undefined;
  let readabilityTitle: string | undefined;
  let readabilityDate: string | undefined;
  if (extract) {
    const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200, keepClasses: false }).parse();
    if (article?.content && (article.textContent ?? "").trim().length >= 80) {
      json = domToDoc(parseHtmlDocument(article.content, base).body, base);
      byline = article.byline?.replace(/^\s*by\s+/i, "").trim() || undefined;
      readabilityTitle = article.title?.trim() || undefined;
      readabilityDate = article.publishedTime ? parseLooseDate(article.publishedTime) : undefined;
      if (!meta.publisher && article.siteName) meta.publisher = article.siteName.trim();
    }
  }
  if (!json) {
    // Only a whole page that Readability could not read loses its furniture; a fragment is kept as given.
    if (extract) doc.body.querySelectorAll(FURNITURE).forEach((el) => el.remove());
    json = domToDoc(doc.body, base);
  }
  const cut = cutCommentsFromDoc(json);
  const containerNote = commentCutNote(commentText.split("\n"));
  return {
    ...meta,
    json: cut.doc,
    leftOut: [...(containerNote ? [containerNote] : []), ...cut.leftOut],
    title: meta.title ?? readabilityTitle ?? firstHeading(json),
    author: meta.author ?? (byline && byline.length <= 120 ? byline : undefined),
    publishedAt: meta.publishedAt ?? readabilityDate,
  };
}
