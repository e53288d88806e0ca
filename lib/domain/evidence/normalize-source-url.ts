
/**
 * The de-duplication key of a URL source: the same page cited with different tracking parameters,
 * letter case in the host, a default port, a trailing slash or a fragment is one library entry.
 * What stays apart: the path's case, `www.` (it can be a different site), the query's values and
 * the order of repeated keys (`a=1&a=2` is not `a=2&a=1` to every server). Pure.
 */

export const SOURCE_URL_MAX_LENGTH = 2048;

/** Query parameters that only say where a click came from (analytics, ads, newsletters, share sheets). */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "igshid",
  "igsh",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "ref_src",
  "ref_url",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "wickedid",
  "srsltid",
]);

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith("utm_") || TRACKING_PARAMS.has(n);
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** RFC 3986 §6.2.2: percent-escapes in upper case, escaped unreserved characters decoded. */
function normalizeEscapes(path: string): string {
  return path.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

export type TSourceUrlCheck = { ok: true; url: string; normalizedUrl: string } | { ok: false; message: string };

/**
 * `url`: what the user gave, trimmed (shown and fetched); `normalizedUrl`: the de-duplication key.
 * Refuses what is not an absolute http(s) address, and addresses carrying a user name or password
 * (they would end up in the library for every member to read).
 */
export function checkSourceUrl(raw: string): TSourceUrlCheck {
  const url = raw.trim();
  if (!url) return { ok: false, message: "Enter the source's web address." };
  if (url.length > SOURCE_URL_MAX_LENGTH) return { ok: false, message: `Web addresses can be at most ${SOURCE_URL_MAX_LENGTH} characters.` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, message: "That is not a web address: enter a full address starting with http:// or https://." };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { ok: false, message: "Only http:// and https:// addresses can be sources." };
  }
  if (/[\u0000-\u001f\u007f\s]/.test(url)) return { ok: false, message: "A web address cannot contain spaces, line breaks or control characters." };
  // Direction overrides and invisible characters make an address read as another one
  // ("…/moc.elgoog" shown as "google.com/…"); nobody types them on purpose.
  if (/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069]/.test(url)) {
    return { ok: false, message: "A web address cannot contain invisible or text-direction characters (often pasted along by accident): type it again." };
  }
  if (!parsed.hostname) return { ok: false, message: "The web address has no host name." };
  if (parsed.username || parsed.password) {
    return { ok: false, message: "Remove the user name and password from the web address: they would be visible to the whole workspace." };
  }

  // The URL parser already lower-cases scheme and host, encodes an IDN host as punycode, drops
  // default ports and resolves "." and ".." segments.
  const host = parsed.hostname.endsWith(".") && parsed.hostname.length > 1 ? parsed.hostname.slice(0, -1) : parsed.hostname;
  const port = parsed.port ? `:${parsed.port}` : "";
  let path = normalizeEscapes(parsed.pathname).replace(/\/+$/, "");
  if (path === "") path = "/";

  const params = new URLSearchParams(parsed.search);
  for (const name of [...new Set(params.keys())]) if (isTrackingParam(name)) params.delete(name);
  // Stable: repeated keys keep their relative order.
  params.sort();
  const query = params.size ? `?${params.toString()}` : "";

  return { ok: true, url, normalizedUrl: `${parsed.protocol}//${host}${port}${path}${query}` };
}

/**
 * The de-duplication key of a source URL we wrote ourselves (the demo seed); throws when it is not
 * a usable http(s) address. Input from people goes through `checkSourceUrl` in the field schema,
 * which turns the same message into a 400.
 */
export function normalizeSourceUrl(raw: string): string {
  const check = checkSourceUrl(raw);
  if (!check.ok) throw new Error(check.message);
  return check.normalizedUrl;
}
