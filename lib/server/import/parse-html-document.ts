import "server-only";
import { JSDOM, VirtualConsole } from "jsdom";

/**
 * Parses untrusted HTML into an inert DOM: jsdom runs no scripts and loads no resources unless
 * asked, and its console (CSS parse complaints) is silenced.
 */
/** The address jsdom is given when the page has none; links resolved against it (Readability does that) are dropped later. */
export const PLACEHOLDER_HOST = "import.invalid";

export function parseHtmlDocument(html: string, baseUrl?: string): Document {
  const dom = new JSDOM(html, { url: baseUrl && /^https?:/i.test(baseUrl) ? baseUrl : `https://${PLACEHOLDER_HOST}/`, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}
