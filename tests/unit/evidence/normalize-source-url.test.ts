import { describe, expect, it } from "vitest";
import { checkSourceUrl, normalizeSourceUrl, SOURCE_URL_MAX_LENGTH } from "@/lib/domain/evidence/normalize-source-url";

const SAME: [string, string, string][] = [
  ["scheme and host case", "HTTPS://Example.COM/Report", "https://example.com/Report"],
  ["default https port", "https://example.com:443/a", "https://example.com/a"],
  ["default http port", "http://example.com:80/a", "http://example.com/a"],
  ["other ports kept", "https://example.com:8443/a", "https://example.com:8443/a"],
  ["trailing slash of a path", "https://example.com/news/story/", "https://example.com/news/story"],
  ["several trailing slashes", "https://example.com/news//", "https://example.com/news"],
  ["root without a slash", "https://example.com", "https://example.com/"],
  ["root with a slash", "https://example.com/", "https://example.com/"],
  ["root with a query", "https://example.com/?b=2&a=1", "https://example.com/?a=1&b=2"],
  ["fragment", "https://example.com/a#section-2", "https://example.com/a"],
  ["empty fragment and query", "https://example.com/a?#", "https://example.com/a"],
  ["utm_* of any kind", "https://example.com/a?utm_source=x&utm_medium=y&utm_campaign=z&utm_content=c&UTM_Term=t", "https://example.com/a"],
  ["fbclid, gclid, dclid, msclkid", "https://example.com/a?fbclid=1&gclid=2&dclid=3&msclkid=4", "https://example.com/a"],
  ["mailchimp, instagram, analytics, yandex, twitter", "https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&_ga=4&yclid=5&ref_src=twsrc", "https://example.com/a"],
  ["tracking removed, others kept and sorted", "https://example.com/search?q=jobs&utm_source=nl&page=2&fbclid=abc", "https://example.com/search?page=2&q=jobs"],
  ["query params sorted", "https://example.com/a?z=1&a=2&m=3", "https://example.com/a?a=2&m=3&z=1"],
  ["repeated keys keep their order", "https://example.com/a?tag=b&x=1&tag=a", "https://example.com/a?tag=b&tag=a&x=1"],
  ["space as %20 or +", "https://example.com/s?q=a%20b", "https://example.com/s?q=a+b"],
  ["IDN host punycoded", "https://Bücher.example/katalog", "https://xn--bcher-kva.example/katalog"],
  ["trailing dot of the host", "https://example.com./a", "https://example.com/a"],
  ["dot segments", "https://example.com/a/./b/../c", "https://example.com/a/c"],
  ["percent-escapes upper-cased", "https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"],
  ["escaped unreserved characters decoded", "https://example.com/%7Euser/%41bc", "https://example.com/~user/Abc"],
  ["surrounding whitespace", "  https://example.com/a \n", "https://example.com/a"],
  ["IPv6 host", "http://[::1]:8080/x/", "http://[::1]:8080/x"],
];

const APART: [string, string, string][] = [
  ["www. is kept (a different site)", "https://www.example.com/a", "https://example.com/a"],
  ["http and https", "http://example.com/a", "https://example.com/a"],
  ["path case", "https://example.com/Report", "https://example.com/report"],
  ["query values", "https://example.com/a?id=1", "https://example.com/a?id=2"],
  ["a non-tracking parameter", "https://example.com/a?page=2", "https://example.com/a"],
  ["an escaped slash is not a slash", "https://example.com/a%2Fb", "https://example.com/a/b"],
];

const REFUSED: [string, string, RegExp][] = [
  ["empty", "   ", /Enter the source's web address/],
  ["not a URL", "not a url", /not a web address/],
  ["no scheme", "example.com/page", /not a web address/],
  ["ftp", "ftp://example.com/file", /Only http:\/\/ and https:\/\//],
  ["javascript", "javascript:alert(1)", /Only http:\/\/ and https:\/\//],
  ["data", "data:text/html,<script>alert(1)</script>", /Only http:\/\/ and https:\/\//],
  ["file", "file:///etc/passwd", /Only http:\/\/ and https:\/\//],
  ["mailto", "mailto:someone@example.com", /Only http:\/\/ and https:\/\//],
  ["user and password", "https://user:secret@example.com/a", /user name and password/],
  ["user only", "https://user@example.com/a", /user name and password/],
  ["a space inside", "https://example.com/a b", /cannot contain spaces/],
  ["a NUL character", "https://example.com/a\u0000b", /control characters/],
  ["a right-to-left override", "https://example.com/\u202Egnp.exe", /invisible or text-direction/],
  ["a zero-width space in the host", "https://exa\u200Bmple.com/", /invisible or text-direction/],
  ["a line break inside", "https://example.com/a\nb", /line breaks/],
  ["too long", `https://example.com/${"a".repeat(SOURCE_URL_MAX_LENGTH)}`, /at most 2048 characters/],
];

describe("normalizeSourceUrl", () => {
  it.each(SAME)("%s", (_name, raw, expected) => {
    expect(normalizeSourceUrl(raw)).toBe(expected);
  });

  it.each(APART)("keeps apart: %s", (_name, a, b) => {
    expect(normalizeSourceUrl(a)).not.toBe(normalizeSourceUrl(b));
  });

  it.each(REFUSED)("refuses %s with a clear message", (_name, raw, message) => {
    expect(() => normalizeSourceUrl(raw)).toThrow(message);
    const check = checkSourceUrl(raw);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  it("is idempotent", () => {
    for (const [, raw] of SAME) {
      const once = normalizeSourceUrl(raw);
      expect(normalizeSourceUrl(once)).toBe(once);
    }
  });

  it("keeps the address as given (trimmed) beside the key", () => {
    expect(checkSourceUrl(" https://Example.com/a?utm_source=x#top ")).toEqual({
      ok: true,
      url: "https://Example.com/a?utm_source=x#top",
      normalizedUrl: "https://example.com/a",
    });
  });
});
