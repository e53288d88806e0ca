import { describe, expect, it } from "vitest";
import { buildClaimReview, jsonForScript } from "@/lib/domain/publishing/claim-review";
import { correctionsHistory } from "@/lib/domain/publishing/corrections-history";
import { escapeHtml, html, safeHref } from "@/lib/domain/publishing/html";
import { publicSlugFromText, publicSlugProblem } from "@/lib/domain/publishing/public-slug";
import type { TPublicVerdict } from "@/lib/domain/publishing/public-verdict";
import { rationaleHtml } from "@/lib/domain/publishing/rationale-html";
import { ratingDot, verdictPageHtml } from "@/lib/domain/publishing/verdict-page-html";

const verdict = (over: Partial<TPublicVerdict> = {}): TPublicVerdict => ({
  claim: { text: "Crime fell by half", quote: "crime fell by half", claimant: "The mayor", claimDate: "2026-03-01", appearanceUrl: "https://news.example/a", appearanceTitle: "Evening news" },
  rating: { label: "False", value: 1, color: "#b91c1c", description: "Not accurate.", best: 5, worst: 1 },
  summary: "Crime fell by 4 percent.",
  rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "See the statistics." }] }] },
  rationaleText: "See the statistics.",
  evidence: [],
  authors: ["Ana"],
  reviewers: ["Tomás"],
  approvedAt: "2026-03-02T10:00:00.000Z",
  ...over,
});

describe("public slugs", () => {
  it("come from the claim's words, ASCII, cut at a word boundary, never reserved", () => {
    expect(publicSlugFromText("Unemployment is at a record low!")).toBe("unemployment-is-at-a-record-low");
    expect(publicSlugFromText("Ça coûte 3,5 € — très cher")).toBe("ca-coute-3-5-tres-cher");
    expect(publicSlugFromText("a".repeat(10) + " " + "b".repeat(60)).length).toBeLessThanOrEqual(60);
    expect(publicSlugFromText("¿?")).toBe("claim");
    expect(publicSlugFromText("methodology")).toBe("claim-methodology");
    expect(publicSlugProblem("feed")).toMatch(/reserved/);
    expect(publicSlugProblem("Bad Slug")).toMatch(/lowercase/);
    expect(publicSlugProblem("good-slug")).toBeNull();
  });
});

describe("escaping", () => {
  it("html`` escapes every interpolation; only http(s)/mailto links survive", () => {
    expect(html`<p>${'<script>alert("x")</script>'}</p>`.value).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>");
    expect(escapeHtml(`'&`)).toBe("&#39;&amp;");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,x")).toBeNull();
    expect(safeHref("https://ok.example/a?b=1")).toBe("https://ok.example/a?b=1");
  });

  it("JSON-LD can never end its script element", () => {
    const s = jsonForScript({ claimReviewed: "</script><script>alert(1)</script> & \u2028" });
    expect(s).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(s)).toEqual({ claimReviewed: "</script><script>alert(1)</script> & \u2028" });
  });

  it("a rationale renders only its schema's nodes and safe links", () => {
    const out = rationaleHtml({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "<b>x</b>", marks: [{ type: "bold" }] }, { type: "text", text: "bad", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] },
        { type: "image", attrs: { src: "https://evil.example/x.png" } },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "ok", marks: [{ type: "link", attrs: { href: "https://ok.example" } }] }] }] }] },
      ],
    }).value;
    expect(out).toBe('<p><strong>&lt;b&gt;x&lt;/b&gt;</strong>bad</p><ul><li><p><a href="https://ok.example/" rel="nofollow noopener">ok</a></p></li></ul>');
  });

  it("a rating colour that is not #rrggbb never reaches the markup", () => {
    expect(ratingDot('red" onload="x').value).toContain('fill="#64748b"');
  });
});

describe("ClaimReview", () => {
  const org = { name: "Desk", url: "https://x.example/p/desk" };
  it("carries the numbers only for a rating on the scale", () => {
    const on = buildClaimReview({ url: "https://x.example/p/desk/c", verdict: verdict(), datePublished: "2026-03-02", dateModified: null, organization: org });
    expect(on).toMatchObject({ "@type": "ClaimReview", claimReviewed: "Crime fell by half", reviewRating: { alternateName: "False", ratingValue: 1, bestRating: 5, worstRating: 1 } });
    expect(on.itemReviewed).toMatchObject({ "@type": "Claim", author: { name: "The mayor" }, datePublished: "2026-03-01", appearance: { url: "https://news.example/a" } });
    expect(on).not.toHaveProperty("dateModified");
    const off = buildClaimReview({
      url: "u",
      verdict: verdict({ rating: { label: "Unverifiable", value: null, color: "#64748b", description: "", best: null, worst: null }, claim: { ...verdict().claim, claimant: null, appearanceUrl: null } }),
      datePublished: "2026-03-02",
      dateModified: "2026-03-05",
      organization: org,
      correction: { text: "Fixed a date.", datePublished: "2026-03-05" },
    });
    expect(off.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expect(off.itemReviewed).toEqual({ "@type": "Claim", datePublished: "2026-03-01" });
    expect(off).toMatchObject({ dateModified: "2026-03-05", correction: { "@type": "CorrectionComment", text: "Fixed a date." } });
  });
});

describe("corrections history", () => {
  it("says what changed, newest first", () => {
    const h = correctionsHistory([
      { version: 2, kind: "CORRECTION", ratingLabel: "False", publishedAt: "2026-03-05T00:00:00Z", note: "New figures." },
      { version: 1, kind: "PUBLISH", ratingLabel: "Mostly false", publishedAt: "2026-03-02T00:00:00Z", note: null },
      { version: 3, kind: "CORRECTION", ratingLabel: "False", publishedAt: "2026-03-06T00:00:00Z", note: "Typo." },
      { version: 4, kind: "RETRACTION", ratingLabel: "False", publishedAt: "2026-03-07T00:00:00Z", note: "Withdrawn." },
    ]);
    expect(h.map((e) => e.sentence)).toEqual(["Retracted.", "Corrected; the rating “False” stands.", "Corrected: rating changed from “Mostly false” to “False”.", "Published with the rating “Mostly false”."]);
  });
});

describe("the verdict page", () => {
  it("is one document with no executable script and everything people wrote escaped", () => {
    const page = verdictPageHtml({
      org: { slug: "desk", name: "Desk <i>", url: "https://x.example/p/desk", showNames: true },
      url: "https://x.example/p/desk/c",
      selfUrl: "https://x.example/p/desk/c/v/1",
      content: verdict({ summary: '"><img src=x onerror=alert(1)>' }),
      version: 1,
      latestVersion: 1,
      kind: "PUBLISH",
      note: null,
      firstPublishedAt: "2026-03-02T10:00:00.000Z",
      publishedAt: "2026-03-02T10:00:00.000Z",
      history: [],
      versionPath: (n) => `/p/desk/c/v/${n}`,
      basePath: "/p/desk/c",
      origin: "https://x.example",
    });
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).not.toContain("<img src=x");
    expect(page).not.toContain("Desk <i>");
    expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
    expect(page).toContain("By Ana · Reviewed by Tomás");
  });
});
