import "server-only";
import { JSDOM } from "jsdom";

/**
 * The archived page as it may be shown: the page source with what could still act from our origin
 * removed. The sandbox CSP already stops scripts, forms and plugins; what it cannot stop is a
 * `<meta http-equiv="refresh">` sending the viewer to any address with our URL in the link (an
 * open redirect) and a `<base>` re-pointing every relative link. Both go. Parsed as HTML
 * (jsdom), not matched by patterns, so spelling and attribute order tricks do not slip through.
 */
export function neutralizeArchivedHtml(html: string): string {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  for (const el of doc.querySelectorAll("base")) el.remove();
  for (const el of doc.querySelectorAll("meta[http-equiv]")) {
    if ((el.getAttribute("http-equiv") ?? "").trim().toLowerCase() === "refresh") el.remove();
  }
  const out = dom.serialize();
  dom.window.close();
  return out;
}
