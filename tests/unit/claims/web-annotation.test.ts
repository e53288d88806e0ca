import { describe, expect, it } from "vitest";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { prepareOriginal } from "@/lib/domain/anchoring/quote-in-original";
import { ANNO_CONTEXT, annotationTarget, claimMotivation, claimsToAnnotationPage, claimToWebAnnotation } from "@/lib/domain/claims/web-annotation";
import { annotationValidators } from "./annotation-schema";

const claim = (over: Partial<TClaimDto> = {}): TClaimDto => ({
  id: "6f1c0b8e-2f7a-4c1e-9a55-0d2b8f6b1a01",
  documentId: "0b8e6f1c-7a2f-4e1c-8a55-2b0d6b8f1a02",
  documentTitle: "Port traffic falls",
  status: "DRAFT",
  text: "unemployment is at a record low of 3.1 percent",
  quote: { exact: "unemployment is at a record low of 3.1 percent", prefix: "The mayor claimed that ", suffix: ".", start: 120, end: 167 },
  detachedAt: null,
  quoteInOriginal: null,
  claimant: null,
  claimDate: null,
  appearanceUrl: null,
  checkworthiness: null,
  tags: [],
  assignee: null,
  dueDate: null,
  createdBy: { id: "u1", name: "Ada Editor" },
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-21T11:30:00.000Z",
  evidence: [],
  stanceSummary: { supports: 0, refutes: 0, context: 0, total: 0, excerptsNotFound: 0 },
  priority: "NORMAL",
  requestedReviewers: [],
  verdict: null,
  approvals: [],
  requiredApprovals: 2,
  version: 1,
  ...over,
});

const without = (o: object, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const urls = {
  pageId: "https://factdesk.example/api/documents/0b8e6f1c-7a2f-4e1c-8a55-2b0d6b8f1a02/annotations",
  source: "https://news.example/port-traffic",
  workingCopy: "https://factdesk.example/w/demo/documents/0b8e6f1c-7a2f-4e1c-8a55-2b0d6b8f1a02",
  annotationId: (id: string) => `https://factdesk.example/api/w/demo/claims/${id}`,
};

describe("claims as W3C Web Annotations", () => {
  const { page: validPage, annotation: validAnnotation, explain } = annotationValidators();

  it("maps a claim to an Annotation with both selectors, a TextualBody, creator and times", () => {
    const a = claimToWebAnnotation(claim({ tags: ["jobs", "economy"] }), { annotationId: urls.annotationId("x"), source: urls.source });
    expect(a).toEqual({
      id: "https://factdesk.example/api/w/demo/claims/x",
      type: "Annotation",
      motivation: "highlighting",
      body: [
        { type: "TextualBody", value: "unemployment is at a record low of 3.1 percent", format: "text/plain", purpose: "describing" },
        { type: "TextualBody", value: "jobs", format: "text/plain", purpose: "tagging" },
        { type: "TextualBody", value: "economy", format: "text/plain", purpose: "tagging" },
      ],
      target: {
        source: "https://news.example/port-traffic",
        selector: [
          { type: "TextQuoteSelector", exact: "unemployment is at a record low of 3.1 percent", prefix: "The mayor claimed that ", suffix: "." },
          { type: "TextPositionSelector", start: 120, end: 167 },
        ],
      },
      creator: { type: "Person", name: "Ada Editor" },
      created: "2026-11-20T10:00:00.000Z",
      modified: "2026-11-21T11:30:00.000Z",
    });
    expect(validAnnotation({ "@context": ANNO_CONTEXT, ...a }), explain(validAnnotation)).toBe(true);
  });

  it("motivation: assessing once the claim is restated or has a claimant, highlighting while it is only the marked words", () => {
    expect(claimMotivation(claim())).toBe("highlighting");
    expect(claimMotivation(claim({ text: "  unemployment is at a record\n low of 3.1 percent " }))).toBe("highlighting");
    expect(claimMotivation(claim({ text: "Unemployment is at a record low (3.1%)." }))).toBe("assessing");
    expect(claimMotivation(claim({ claimant: "The mayor" }))).toBe("assessing");
    expect(claimMotivation(claim({ claimant: "  " }))).toBe("highlighting");
  });

  it("omits the creator of a claim whose author was deleted, and the page stays valid", () => {
    const page = claimsToAnnotationPage([claim({ createdBy: null }), claim({ id: "b", claimant: "Mayor", quote: { exact: "x", prefix: "", suffix: "", start: 0, end: 1 } })], urls);
    expect(page.items[0]).not.toHaveProperty("creator");
    expect(page).toMatchObject({ "@context": ANNO_CONTEXT, type: "AnnotationPage", id: urls.pageId, startIndex: 0 });
    expect(page.items.map((i) => i.motivation)).toEqual(["highlighting", "assessing"]);
    expect(validPage(page), explain(validPage)).toBe(true);
  });

  it("selectors describe the original import, not the edited working copy; an edited quote says so in a commenting body", () => {
    const original = prepareOriginal("Jobs\n\nThe mayor claimed that unemployment is at a record low of 3.1 percent in July.");
    const working = "Jobs\n\n[REVIEWER: confirm]\n\nThe mayor claimed that unemployment is at a record low of 3.1 percent in June.";
    const at = (needle: string) => {
      const start = working.indexOf(needle);
      return { exact: needle, prefix: working.slice(Math.max(0, start - 32), start), suffix: working.slice(start + needle.length, start + needle.length + 32), start, end: start + needle.length };
    };
    const same = claim({ quote: at("unemployment is at a record low") });
    const edited = claim({ id: "e", quote: at("3.1 percent in June") });
    const note = claim({ id: "n", quote: at("[REVIEWER: confirm]") });
    const page = claimsToAnnotationPage([same, edited, note], urls, original);
    const [a, b, c] = page.items;
    expect(a!.target).toEqual({
      source: urls.source,
      selector: [
        { type: "TextQuoteSelector", exact: "unemployment is at a record low", prefix: "Jobs\n\nThe mayor claimed that ", suffix: " of 3.1 percent in July." },
        { type: "TextPositionSelector", start: 29, end: 60 },
      ],
    });
    expect(a!.body.some((x) => x.purpose === "commenting")).toBe(false);
    expect(b!.target.source).toBe(urls.source);
    expect(b!.target.selector[0]).toMatchObject({ exact: "3.1 percent in July" });
    expect(b!.body.find((x) => x.purpose === "commenting")?.value).toContain("differs from the original article");
    expect(b!.body.find((x) => x.purpose === "commenting")?.value).toContain("3.1 percent in June");
    // Typed into the working copy: there is nothing in the source to point at.
    expect(c!.target.source).toBe(urls.workingCopy);
    expect(c!.target.selector[0]).toMatchObject({ exact: "[REVIEWER: confirm]" });
    expect(c!.body.find((x) => x.purpose === "commenting")?.value).toContain("does not occur in the original article");
    expect(validPage(page), explain(validPage)).toBe(true);
    // No original kept: the working copy's selectors, as before.
    expect(annotationTarget(edited, null, urls)).toEqual({ source: urls.source, quote: edited.quote, note: null });
  });

  it("an empty page is valid", () => {
    const page = claimsToAnnotationPage([], urls);
    expect(page.items).toEqual([]);
    expect(validPage(page), explain(validPage)).toBe(true);
  });

  it("the schema rejects broken annotations (so the check can fail)", () => {
    const good = { "@context": ANNO_CONTEXT, ...claimToWebAnnotation(claim(), { annotationId: urls.annotationId("x"), source: urls.source }) };
    expect(validAnnotation(good)).toBe(true);
    const broken: Record<string, unknown>[] = [
      { ...good, "@context": "https://schema.org" },
      without(good, "@context"),
      { ...good, id: "not a uri" },
      without(good, "id"),
      { ...good, type: "Note" },
      { ...good, motivation: "fact-checking" },
      without(good, "target"),
      { ...good, target: { source: "not a uri", selector: good.target.selector } },
      { ...good, target: { selector: good.target.selector } },
      { ...good, target: { ...good.target, selector: [{ type: "TextPositionSelector", start: -1, end: 3 }] } },
      { ...good, target: { ...good.target, selector: [{ type: "TextPositionSelector", start: "0", end: 3 }] } },
      { ...good, target: { ...good.target, selector: [{ type: "TextQuoteSelector", prefix: "a" }] } },
      { ...good, bodyValue: "both body and bodyValue" },
      { ...good, body: [{ type: "TextualBody", format: "text/plain" }] },
      { ...good, body: [{ type: "TextualBody", value: "x", purpose: "fact-checking" }] },
      { ...good, body: [{ type: "TextualBody", value: "x", format: "plain" }] },
      { ...good, created: "20 Nov 2026" },
      { ...good, modified: "2026-11-21" },
      { ...good, creator: { type: "Robot", name: "x" } },
      { ...good, creator: { type: "Person", name: 7 } },
    ];
    for (const b of broken) expect(validAnnotation(b), JSON.stringify(b).slice(0, 200)).toBe(false);
    expect(validPage({ ...claimsToAnnotationPage([], urls), type: "AnnotationCollection" })).toBe(false);
    expect(validPage({ ...claimsToAnnotationPage([], urls), "@context": undefined })).toBe(false);
    expect(validPage({ ...claimsToAnnotationPage([], urls), items: [{ ...good, motivation: "nope" }] })).toBe(false);
    expect(validPage({ ...claimsToAnnotationPage([], urls), startIndex: -1 })).toBe(false);
  });
});
