import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  SIGN_OFF_PARTS,
  canonicalDocumentText,
  canonicalJson,
  canonicalRationale,
  canonicalSignOff,
  describeSignOffChanges,
  signOffChanges,
  signOffHash,
  type TSignOffEvidence,
  type TSignOffInput,
  type TTiptapNode,
} from "@/lib/domain/reviews/sign-off-hash";

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
const hash = (input: TSignOffInput) => signOffHash(input, sha256);

const text = (t: string, marks?: TTiptapNode["marks"]): TTiptapNode => (marks ? { type: "text", text: t, marks } : { type: "text", text: t });
const para = (...content: TTiptapNode[]): TTiptapNode => ({ type: "paragraph", content });
const doc = (...content: TTiptapNode[]): TTiptapNode => ({ type: "doc", content });
const bold = { type: "bold" };
const link = (href: string) => ({ type: "link", attrs: { href, target: "_blank", rel: "noopener noreferrer nofollow", class: null } });

const HEADING: TTiptapNode = { type: "heading", attrs: { level: 2 }, content: [text("What the report says")] };
const PARAGRAPH = para(text("The port's annual report gives "), text("18 percent", [bold]), text(", not 25, as the "), text("report", [link("https://port.example/report-2023.pdf")]), text(" shows."));
const LIST: TTiptapNode = { type: "bulletList", content: [{ type: "listItem", content: [para(text("Containers: 2.4 million."))] }, { type: "listItem", content: [para(text("Record since 1987."))] }] };
const RATIONALE = doc(HEADING, PARAGRAPH, LIST);

type TInput = Omit<TSignOffInput, "evidence"> & { evidence: TSignOffEvidence[] };

/** a[k], which the test knows is there. */
function at<T>(a: readonly T[], k: number): T {
  const v = a[k];
  if (v === undefined) throw new Error(`no element ${k}`);
  return v;
}

function base(): TInput {
  return {
    claim: {
      quote: "the number of containers handled rose by 25 percent",
      wording: "Container traffic in the northern port rose by 25 percent in 2023.",
      claimant: "Mayor Jane Doe",
      claimDate: "2024-03-12",
    },
    rating: { label: "False", value: 1 },
    summary: "The port's own report gives 18 percent.",
    rationale: RATIONALE,
    evidence: [
      { sourceUrl: "https://port.example/report-2023.pdf", snapshotHash: "a".repeat(64), stance: "REFUTES", excerpt: "rose by 18 percent to 2.4 million" },
      { sourceUrl: "https://news.example/mayor", snapshotHash: "b".repeat(64), stance: "CONTEXT", excerpt: "the mayor said on Tuesday" },
      { sourceUrl: null, snapshotHash: "c".repeat(64), stance: "SUPPORTS", excerpt: "growth of a quarter was forecast" },
    ],
    documentTextHash: "d".repeat(64),
  };
}

const BASE_HASH = hash(base());

describe("signOffHash: changes that must void an approval", () => {
  const changes: [string, (i: TInput) => void][] = [
    ["the quoted text", (i) => (i.claim.quote = "the number of containers handled rose by 18 percent")],
    ["the claim's wording", (i) => (i.claim.wording = "Container traffic rose by 25 percent.")],
    ["the claimant", (i) => (i.claim.claimant = "Mayor John Doe")],
    ["the claimant removed", (i) => (i.claim.claimant = null)],
    ["the claim's date", (i) => (i.claim.claimDate = "2024-03-13")],
    ["the claim's date removed", (i) => (i.claim.claimDate = null)],
    ["the rating's label", (i) => (i.rating.label = "Mostly false")],
    ["the rating's value", (i) => (i.rating.value = 2)],
    ["the rating's value removed (a non-scale rating)", (i) => (i.rating.value = null)],
    ["the rating's label in another case", (i) => (i.rating.label = "false")],
    ["the summary", (i) => (i.summary = "The port's own report gives 18 percent, not 25.")],
    ["a punctuation mark in the summary", (i) => (i.summary = "The port's own report gives 18 percent!")],
    ["the document text", (i) => (i.documentTextHash = "e".repeat(64))],
    ["an evidence's address", (i) => (at(i.evidence, 0).sourceUrl = "https://port.example/report-2022.pdf")],
    ["an evidence's snapshot", (i) => (at(i.evidence, 0).snapshotHash = "f".repeat(64))],
    ["an evidence's snapshot removed", (i) => (at(i.evidence, 0).snapshotHash = null)],
    ["an evidence's stance", (i) => (at(i.evidence, 1).stance = "SUPPORTS")],
    ["an evidence's excerpt", (i) => (at(i.evidence, 0).excerpt = "rose by 18 percent")],
    ["an evidence removed", (i) => i.evidence.pop()],
    ["an evidence added", (i) => i.evidence.push({ sourceUrl: "https://x.example", snapshotHash: null, stance: "CONTEXT", excerpt: "x" })],
    ["an evidence attached twice", (i) => i.evidence.push({ ...at(i.evidence, 0) })],
    ["a word in the rationale", (i) => (i.rationale = replaceText(RATIONALE, "18 percent", "19 percent"))],
    ["bold removed in the rationale", (i) => (i.rationale = mapText(RATIONALE, (n) => (n.text === "18 percent" ? text("18 percent") : n)))],
    ["italic added in the rationale", (i) => (i.rationale = mapText(RATIONALE, (n) => (n.text === " shows." ? text(" shows.", [{ type: "italic" }]) : n)))],
    ["a link's address in the rationale", (i) => (i.rationale = mapText(RATIONALE, (n) => (n.text === "report" ? text("report", [link("https://port.example/other.pdf")]) : n)))],
    ["a heading's level", (i) => (i.rationale = doc({ ...HEADING, attrs: { level: 3 } }, PARAGRAPH, LIST))],
    ["a heading made a paragraph", (i) => (i.rationale = doc(para(text("What the report says")), PARAGRAPH, LIST))],
    ["rationale paragraphs reordered", (i) => (i.rationale = doc(LIST, PARAGRAPH, HEADING))],
    ["a paragraph split in two", (i) => (i.rationale = doc(HEADING, PARAGRAPH, para(text("Containers: 2.4 million.")), para(text("Record since 1987."))))],
    ["a hard break added", (i) => (i.rationale = doc(para(text("A"), { type: "hardBreak" }, text("B"))))],
    ["a horizontal rule added", (i) => (i.rationale = doc(HEADING, PARAGRAPH, LIST, { type: "horizontalRule" }))],
  ];

  test.each(changes)("%s", (_name, change) => {
    const input = base();
    change(input);
    expect(hash(input)).not.toBe(BASE_HASH);
  });

  test("a space removed between two words changes the hash (it joins them)", () => {
    expect(hash({ ...base(), summary: "The port's own report gives18 percent." })).not.toBe(BASE_HASH);
  });

  test("text and JSON rationales hash apart when the text is different", () => {
    expect(hash({ ...base(), rationale: "A\nB" })).not.toBe(hash({ ...base(), rationale: "A B" }));
    expect(hash({ ...base(), rationale: "A\n\nB" })).not.toBe(hash({ ...base(), rationale: "A\nB" }));
  });
});

describe("signOffHash: changes that must not void an approval", () => {
  test("key order of every object", () => {
    const b = base();
    const reordered: TSignOffInput = {
      documentTextHash: b.documentTextHash,
      evidence: b.evidence.map((e) => ({ excerpt: e.excerpt, stance: e.stance, snapshotHash: e.snapshotHash, sourceUrl: e.sourceUrl })),
      rationale: reverseKeys(RATIONALE),
      summary: b.summary,
      rating: { value: b.rating.value, label: b.rating.label },
      claim: { claimDate: b.claim.claimDate, claimant: b.claim.claimant, wording: b.claim.wording, quote: b.claim.quote },
    };
    expect(hash(reordered)).toBe(BASE_HASH);
  });

  test("whitespace-only differences: doubled, leading, trailing, newlines, tabs, non-breaking spaces", () => {
    const i = base();
    i.claim.quote = "  the number of containers\nhandled rose by 25\u00a0percent ";
    i.claim.wording = "Container traffic in the northern port rose by 25 percent in\t2023.\n";
    i.claim.claimant = " Mayor  Jane Doe";
    i.rating.label = "False ";
    i.summary = "The port's own   report gives 18 percent.";
    at(i.evidence, 0).excerpt = "rose by 18 percent\n to 2.4 million";
    i.rationale = mapText(RATIONALE, (n) => (n.text === "The port's own report gives " ? text("The   port's own report  gives  ") : n));
    expect(hash(i)).toBe(BASE_HASH);
  });

  test("Unicode NFC vs NFD", () => {
    const composed = { ...base(), claim: { ...base().claim, claimant: "Mayor Zoë Ruiz-Peña" } };
    const decomposed = { ...base(), claim: { ...base().claim, claimant: "Mayor Zoë Ruiz-Peña".normalize("NFD") } };
    expect("Mayor Zoë Ruiz-Peña".normalize("NFD")).not.toBe("Mayor Zoë Ruiz-Peña");
    expect(hash(decomposed)).toBe(hash(composed));
    const nfdRationale = mapText(RATIONALE, (n) => ({ ...n, text: (n.text ?? "").replace("report gives", "rapport café").normalize("NFD") }));
    const nfcRationale = mapText(RATIONALE, (n) => ({ ...n, text: (n.text ?? "").replace("report gives", "rapport café") }));
    expect(hash({ ...base(), rationale: nfdRationale })).toBe(hash({ ...base(), rationale: nfcRationale }));
  });

  test("invisible characters pasted in (zero-width space, soft hyphen)", () => {
    expect(hash({ ...base(), summary: "The port's own re\u00adport gives 18\u200b percent." })).toBe(BASE_HASH);
  });

  test("evidence order: the evidence is a set", () => {
    expect(hash({ ...base(), evidence: [...base().evidence].reverse() })).toBe(BASE_HASH);
  });

  test("hex case of the hashes, and an empty claimant the same as none", () => {
    const i = base();
    i.documentTextHash = i.documentTextHash.toUpperCase();
    at(i.evidence, 0).snapshotHash = "A".repeat(64);
    expect(hash(i)).toBe(BASE_HASH);
    expect(hash({ ...base(), claim: { ...base().claim, claimant: "  " } })).toBe(hash({ ...base(), claim: { ...base().claim, claimant: null } }));
  });

  test("how the editor split the text into nodes, and the order it lists marks in", () => {
    const split = mapText(RATIONALE, (n): TTiptapNode | TTiptapNode[] =>
      n.text === "18 percent" ? [text("18 ", [bold]), text("percent", [bold])] : n.text === "The port's own report gives " ? [text("The port's "), text("own report gives ")] : n,
    );
    expect(hash({ ...base(), rationale: split })).toBe(BASE_HASH);

    const twoMarks = (marks: TTiptapNode["marks"]) => doc(para(text("a "), text("b", marks)));
    expect(hash({ ...base(), rationale: twoMarks([bold, { type: "italic" }]) })).toBe(hash({ ...base(), rationale: twoMarks([{ type: "italic" }, bold]) }));
  });

  test("a bold space between two bold words, or a plain one, is the same", () => {
    const a = doc(para(text("very", [bold]), text(" "), text("important", [bold])));
    const b = doc(para(text("very important", [bold])));
    expect(canonicalRationale(a)).toEqual(canonicalRationale(b));
    expect(canonicalRationale(b)).toEqual([{ type: "paragraph", inline: [{ t: "very important", m: [{ type: "bold" }] }] }]);
  });

  test("working-copy annotations: claim and comment marks, node ids, link target/rel", () => {
    const annotated = mapText(RATIONALE, (n) =>
      n.text === "18 percent" ? text("18 percent", [{ type: "claim", attrs: { claimId: "c1" } }, bold, { type: "comment", attrs: { threadId: "t1" } }]) : n,
    );
    const withIds = { ...annotated, content: (annotated.content ?? []).map((b, k) => ({ ...b, attrs: { ...b.attrs, id: `block-${k}` } })) };
    const otherLinkAttrs = mapText(withIds, (n) => (n.text === "report" ? text("report", [{ type: "link", attrs: { href: "https://port.example/report-2023.pdf", target: null } }]) : n));
    expect(hash({ ...base(), rationale: otherLinkAttrs })).toBe(BASE_HASH);
  });

  test("empty paragraphs and trailing hard breaks are spacing", () => {
    const spaced = doc(para(), HEADING, para(text("   ")), PARAGRAPH, LIST, para({ type: "hardBreak" }));
    expect(hash({ ...base(), rationale: spaced })).toBe(BASE_HASH);
  });

  test("a plain-text rationale hashes like the same text typed in the editor", () => {
    const typed = doc(para(text("First paragraph.")), para(text("Line one"), { type: "hardBreak" }, text("line two.")));
    expect(hash({ ...base(), rationale: "First  paragraph.\r\n\r\n  \nLine one\nline two.\n" })).toBe(hash({ ...base(), rationale: typed }));
  });

  test("whitespace inside a code block is content", () => {
    const code = (t: string) => doc({ type: "codeBlock", attrs: { language: null }, content: [text(t)] });
    expect(hash({ ...base(), rationale: code("a  =\n  1") })).not.toBe(hash({ ...base(), rationale: code("a = 1") }));
    expect(hash({ ...base(), rationale: code("a = 1\r\n") })).toBe(hash({ ...base(), rationale: code("a = 1\n") }));
  });
});

describe("canonical form", () => {
  test("is pinned: changing it must bump SIGN_OFF_FORMAT_VERSION (stored approvals would stop matching)", () => {
    const small: TSignOffInput = {
      claim: { quote: "q", wording: "w", claimant: null, claimDate: "2024-01-02" },
      rating: { label: "False", value: 1 },
      summary: "s",
      rationale: "r",
      evidence: [{ sourceUrl: "https://e.example", snapshotHash: null, stance: "REFUTES", excerpt: "x" }],
      documentTextHash: "ab",
    };
    expect(canonicalSignOff(small)).toBe(
      '{"claim":{"claimDate":"2024-01-02","claimant":null,"quote":"q","wording":"w"},"documentTextHash":"ab",' +
        '"evidence":[{"excerpt":"x","snapshotHash":null,"sourceUrl":"https://e.example","stance":"REFUTES"}],' +
        '"rating":{"label":"False","value":1},"rationale":[{"inline":[{"t":"r"}],"type":"paragraph"}],"summary":"s","v":1}',
    );
    expect(signOffHash(small, sha256)).toBe(sha256(canonicalSignOff(small)));
    expect(BASE_HASH).toMatch(/^[0-9a-f]{64}$/);
  });

  test("bad input throws instead of hashing something else", () => {
    expect(() => hash({ ...base(), claim: { ...base().claim, claimDate: "12/03/2024" } })).toThrow(/claimDate/);
    expect(() => hash({ ...base(), documentTextHash: " " })).toThrow(/documentTextHash/);
    expect(() => hash({ ...base(), documentTextHash: "not hex" })).toThrow(/documentTextHash/);
    expect(() => hash({ ...base(), rating: { label: "x", value: Number.NaN } })).toThrow(/NaN/);
    expect(() => hash({ ...base(), evidence: [{ ...at(base().evidence, 0), stance: "AGREES" as never }] })).toThrow(/stance/);
    expect(() => signOffHash(base(), () => "short")).toThrow(/64 hex/);
  });

  test("canonicalJson: sorted keys, NFC, -0, and refusals", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "e\u0301"], c: -0 })).toBe('{"a":[true,null,"é"],"b":1,"c":0}');
    expect(() => canonicalJson({ a: undefined })).toThrow(/undefined/);
    expect(() => canonicalJson({ a: new Date(0) })).toThrow(/non-plain/);
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow(/function/);
  });

  test("canonicalDocumentText ignores whitespace runs and composition, not words", () => {
    expect(canonicalDocumentText("  Harbour  traffic\n\ngrew.\u00a0Cafe\u0301 ")).toBe("Harbour traffic grew. Café");
    expect(sha256(canonicalDocumentText("a  b"))).toBe(sha256(canonicalDocumentText("a b")));
  });
});

describe("signOffChanges", () => {
  test("names each changed part, in order, and nothing for an equivalent input", () => {
    expect(signOffChanges(base(), { ...base(), evidence: [...base().evidence].reverse(), summary: ` ${base().summary} ` })).toEqual([]);
    const after = base();
    after.rating = { label: "Mostly false", value: 2 };
    after.evidence.pop();
    after.documentTextHash = "e".repeat(64);
    expect(signOffChanges(base(), after)).toEqual(["rating", "evidence", "documentText"]);
  });

  test("every part is detected on its own", () => {
    const edits: Record<(typeof SIGN_OFF_PARTS)[number], (i: TInput) => void> = {
      quote: (i) => (i.claim.quote = "x"),
      wording: (i) => (i.claim.wording = "x"),
      claimant: (i) => (i.claim.claimant = "x"),
      claimDate: (i) => (i.claim.claimDate = "2000-01-01"),
      rating: (i) => (i.rating.value = 3),
      summary: (i) => (i.summary = "x"),
      rationale: (i) => (i.rationale = "x"),
      evidence: (i) => (at(i.evidence, 0).stance = "CONTEXT"),
      documentText: (i) => (i.documentTextHash = "0"),
    };
    for (const part of SIGN_OFF_PARTS) {
      const after = base();
      edits[part](after);
      expect(signOffChanges(base(), after)).toEqual([part]);
    }
  });

  test("describeSignOffChanges", () => {
    expect(describeSignOffChanges(["rating"])).toBe("The rating changed.");
    expect(describeSignOffChanges(["summary", "evidence"])).toBe("The summary and the evidence changed.");
    expect(describeSignOffChanges(["quote", "rating", "documentText"])).toBe("The quoted text, the rating and the document's text changed.");
    expect(describeSignOffChanges([])).toBe("Nothing that was signed off changed.");
  });
});

// ---------------------------------------------------------------------------------------------

function mapText(node: TTiptapNode, f: (n: TTiptapNode) => TTiptapNode | TTiptapNode[]): TTiptapNode {
  if (!node.content) return node;
  return { ...node, content: node.content.flatMap((c) => (c.type === "text" ? f(c) : [mapText(c, f)])) };
}

function replaceText(node: TTiptapNode, from: string, to: string): TTiptapNode {
  return mapText(node, (n) => ({ ...n, text: (n.text ?? "").replace(from, to) }));
}

function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    ) as T;
  }
  return value;
}
