import { isAllowedHref } from "./link-policy";

type TLinkInputResult = { ok: true; href: string } | { ok: false; error: string };

const EMAIL = /^[^@\s/:]+@[^@\s/]+\.[^@\s/]+$/;
// "name:" at the start — but "example.com:8080/x" is a host with a port, not a scheme.
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d+(\/|$))/i;

/**
 * What a person types into the link dialog, turned into an href the schema accepts, or a reason
 * why not (the schema would silently drop a javascript: or data: link; the dialog says so).
 * "example.com/x" → https://example.com/x, "a@b.org" → mailto:a@b.org.
 */
export function normalizeLinkInput(raw: string): TLinkInputResult {
  const value = raw.trim();
  if (!value) return { ok: false, error: "Enter a web address or an email address." };
  if (/\s/.test(value)) return { ok: false, error: "A link cannot contain spaces." };

  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  let candidate: string;
  if (scheme === undefined) candidate = EMAIL.test(value) ? `mailto:${value}` : `https://${value.replace(/^\/+/, "")}`;
  else if (scheme === "http" || scheme === "https" || scheme === "mailto") candidate = value;
  else return { ok: false, error: "Only web (http, https) and email (mailto) links are allowed." };

  if (!isAllowedHref(candidate)) return { ok: false, error: "That does not look like a valid address." };
  const url = new URL(candidate);
  if (url.protocol === "mailto:") {
    return EMAIL.test(decodeURIComponent(url.pathname))
      ? { ok: true, href: candidate }
      : { ok: false, error: "That does not look like a valid email address." };
  }
  if (!url.hostname.includes(".") && url.hostname !== "localhost") {
    return { ok: false, error: "That does not look like a valid web address." };
  }
  return { ok: true, href: url.href };
}
