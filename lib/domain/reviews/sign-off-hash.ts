import { STANCES, type TStance } from "@/lib/domain/evidence/stance";

/**
 * What an approval signs, in one canonical string, and its SHA-256.
 *
 * Each approval stores `signOffHash` of the content it approved; an approval is valid only while
 * the claim's current hash equals it. So the canonical form decides which edits void approvals:
 * anything a reader of the published verdict could tell apart must change it, and nothing else
 * may (key order, whitespace runs, Unicode composition, the order evidence was attached in), or
 * reviewers would see their approvals voided by edits that changed nothing they read.
 *
 * Pure and import-free of I/O: the caller passes the hash function (node:crypto on the server),
 * so this module runs anywhere and stays testable with a real SHA-256.
 */

/**
 * Bumped whenever the canonical form changes. It is part of the hashed string, so an old
 * approval can never match a new form by accident; changing the form voids every approval,
 * which the server must do deliberately (a migration that re-approves nothing silently).
 */
export const SIGN_OFF_FORMAT_VERSION = 1;

/** A Tiptap/ProseMirror JSON node, as `editor.getJSON()` returns it. */
export type TTiptapNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TTiptapNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};

export type TSignOffEvidence = {
  /** The source's web address; null for a file source without one (its snapshot hash identifies it). */
  sourceUrl: string | null;
  /** sha256 (hex) of the archived snapshot the excerpt was checked against; null before capture. */
  snapshotHash: string | null;
  stance: TStance;
  excerpt: string;
};

export type TSignOffInput = {
  claim: {
    /** The quoted span as it stands in the document (TextQuoteSelector.exact). */
    quote: string;
    /** The normalized claim text the verdict rates. */
    wording: string;
    claimant: string | null;
    /** The claim's date, YYYY-MM-DD (Claim.claimDate is a date column), or null. */
    claimDate: string | null;
  };
  /** The rating as the verdict carries it (its own copy, not the workspace's current scale). */
  rating: { label: string; value: number | null };
  summary: string;
  /** Tiptap JSON (a `doc` node) or plain text (paragraphs split by blank lines). */
  rationale: TTiptapNode | string;
  /** The evidence the verdict rests on. A set: its order does not count. */
  evidence: readonly TSignOffEvidence[];
  /** sha256 (hex) of `canonicalDocumentText(document.text)`; see there. */
  documentTextHash: string;
};

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Characters that render as nothing and arrive by paste: zero-width space, word joiner, BOM,
 * soft hyphen. Removing them keeps an invisible paste from voiding approvals. Joiners (U+200C,
 * U+200D) stay: they change how some scripts and emoji render.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/gu;
const WHITESPACE_RUN = /\s+/gu;

/** NFC, invisibles removed, whitespace runs (incl. newlines, NBSP) as one space, trimmed. */
export function canonicalText(s: string): string {
  return s.normalize("NFC").replace(INVISIBLE, "").replace(WHITESPACE_RUN, " ").trim();
}

/**
 * The document text as its hash should see it: `canonicalText` of `Document.text`. The server
 * computes `documentTextHash = sha256(canonicalDocumentText(text))`. Re-flowing whitespace (a
 * reimport, an editor normalizing spaces) then voids nothing, while any change of a word anywhere
 * in the article does, as issue 12 asks: context outside the quote can change what a claim means.
 */
export function canonicalDocumentText(text: string): string {
  return canonicalText(text);
}

function nullableText(s: string | null): string | null {
  if (s === null) return null;
  const t = canonicalText(s);
  return t === "" ? null : t;
}

function hexHash(s: string | null, what: string): string | null {
  if (s === null || s.trim() === "") return null;
  const t = s.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(t)) throw new Error(`${what} must be a hex digest, got ${JSON.stringify(s)}`);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Rationale

/**
 * Marks that annotate the working copy rather than the published text (claims, comment
 * threads): adding or resolving one must not void approvals. Every other mark counts, including
 * ones the editor gains later, because the public page renders them.
 */
const IGNORED_MARKS: ReadonlySet<string> = new Set(["claim", "comment"]);
/** Attributes that identify nodes for the editor (ids for collaboration), not content. */
const IGNORED_ATTRS: ReadonlySet<string> = new Set(["id", "blockId", "uid"]);
/**
 * Of a link's attributes only the address counts: target/rel/class come from the editor's
 * configuration, and changing that configuration must not void every approval at once.
 */
const MARK_ATTRS_KEPT: Readonly<Record<string, readonly string[]>> = { link: ["href"] };
/** Block nodes whose content is inline; empty ones are spacing and are dropped. */
const TEXTBLOCKS: ReadonlySet<string> = new Set(["paragraph", "heading", "codeBlock"]);
/** Textblocks whose whitespace is content. */
const PREFORMATTED: ReadonlySet<string> = new Set(["codeBlock"]);

export type TCanonMark = { type: string; attrs?: Record<string, unknown> };
export type TCanonInline = { t: string; m?: TCanonMark[] } | { node: string; attrs?: Record<string, unknown>; m?: TCanonMark[] };
export type TCanonBlock = { type: string; attrs?: Record<string, unknown>; content?: TCanonBlock[]; inline?: TCanonInline[] };

function canonicalAttrs(attrs: Record<string, unknown> | undefined, keep?: readonly string[]): Record<string, unknown> | undefined {
  if (!attrs) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || IGNORED_ATTRS.has(k)) continue;
    if (keep && !keep.includes(k)) continue;
    out[k] = typeof v === "string" ? v.trim() : v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function canonicalMarks(marks: TTiptapNode["marks"]): TCanonMark[] {
  const out: TCanonMark[] = [];
  for (const mark of marks ?? []) {
    if (IGNORED_MARKS.has(mark.type)) continue;
    const attrs = canonicalAttrs(mark.attrs, MARK_ATTRS_KEPT[mark.type]);
    out.push(attrs ? { type: mark.type, attrs } : { type: mark.type });
  }
  // A mark set: the order ProseMirror lists them in follows the schema, not the meaning.
  return out.sort((a, b) => compareStrings(canonicalJson(a), canonicalJson(b)));
}

type TToken = { kind: "char"; ch: string; marks: TCanonMark[]; key: string } | { kind: "br" } | { kind: "atom"; node: TCanonInline; key: string };

function marksKey(marks: TCanonMark[]): string {
  return canonicalJson(marks);
}

function isSpace(ch: string): boolean {
  return /^\s$/u.test(ch);
}

/**
 * A textblock's inline content as segments with their marks. Whitespace runs become one space,
 * none at the block's edges or around a hard break; the space between two words keeps the marks
 * both words share, so "**very important**" is one bold segment however the editor split its
 * text nodes. Adjacent segments with the same marks merge for the same reason.
 */
function canonicalInline(nodes: readonly TTiptapNode[], preformatted: boolean): TCanonInline[] {
  const tokens: TToken[] = [];
  for (const n of nodes) {
    const marks = canonicalMarks(n.marks);
    const key = marksKey(marks);
    if (n.type === "text") {
      const text = (n.text ?? "").normalize("NFC").replace(INVISIBLE, "");
      const src = preformatted ? text.replace(/\r\n?/g, "\n") : text;
      for (const ch of src) tokens.push({ kind: "char", ch, marks, key });
    } else if (n.type === "hardBreak") {
      tokens.push({ kind: "br" });
    } else {
      const attrs = canonicalAttrs(n.attrs);
      const node: TCanonInline = { node: n.type, ...(attrs ? { attrs } : {}), ...(marks.length ? { m: marks } : {}) };
      tokens.push({ kind: "atom", node, key: canonicalJson(node) });
    }
  }

  const kept: TToken[] = [];
  if (preformatted) {
    kept.push(...tokens);
  } else {
    let pendingSpace = false;
    for (const tok of tokens) {
      if (tok.kind === "char" && isSpace(tok.ch)) {
        pendingSpace = true;
        continue;
      }
      const prev = kept.at(-1);
      if (tok.kind !== "br" && pendingSpace && prev && prev.kind !== "br") {
        const shared = sharedMarks(prev, tok);
        kept.push({ kind: "char", ch: " ", marks: shared, key: marksKey(shared) });
      }
      pendingSpace = false;
      kept.push(tok);
    }
  }
  while (kept[0]?.kind === "br") kept.shift();
  while (kept.at(-1)?.kind === "br") kept.pop();

  const out: TCanonInline[] = [];
  let text = "";
  let textMarks: TCanonMark[] = [];
  let textKey: string | null = null;
  const flush = () => {
    if (text !== "") out.push(textMarks.length ? { t: text.normalize("NFC"), m: textMarks } : { t: text.normalize("NFC") });
    text = "";
    textKey = null;
  };
  for (const tok of kept) {
    if (tok.kind === "atom") {
      flush();
      out.push(tok.node);
      continue;
    }
    const [ch, marks, key] = tok.kind === "br" ? ["\n", [] as TCanonMark[], marksKey([])] : [tok.ch, tok.marks, tok.key];
    if (key !== textKey) {
      flush();
      textMarks = marks;
      textKey = key;
    }
    text += ch;
  }
  flush();
  return out;
}

function tokenMarks(tok: TToken): TCanonMark[] {
  if (tok.kind === "char") return tok.marks;
  if (tok.kind === "atom" && "m" in tok.node && tok.node.m) return tok.node.m;
  return [];
}

function sharedMarks(a: TToken, b: TToken): TCanonMark[] {
  const bKeys = new Set(tokenMarks(b).map((m) => canonicalJson(m)));
  return tokenMarks(a).filter((m) => bKeys.has(canonicalJson(m)));
}

function isInlineNode(n: TTiptapNode): boolean {
  return n.type === "text" || n.type === "hardBreak" || typeof n.text === "string";
}

function canonicalBlock(node: TTiptapNode): TCanonBlock | null {
  const attrs = canonicalAttrs(node.attrs);
  const children = node.content ?? [];
  const isTextblock = TEXTBLOCKS.has(node.type) || children.some(isInlineNode);
  if (isTextblock) {
    const inline = canonicalInline(children, PREFORMATTED.has(node.type));
    if (inline.length === 0) return null;
    return { type: node.type, ...(attrs ? { attrs } : {}), inline };
  }
  if (children.length === 0) {
    // A leaf block (a horizontal rule, an image) is content in itself.
    return { type: node.type, ...(attrs ? { attrs } : {}) };
  }
  const content = children.map(canonicalBlock).filter((b): b is TCanonBlock => b !== null);
  if (content.length === 0) return null;
  return { type: node.type, ...(attrs ? { attrs } : {}), content };
}

/**
 * Plain text as the Tiptap document it would be: paragraphs split by blank lines, single line
 * breaks as hard breaks. So a rationale sent as text and the same rationale typed in the editor
 * hash alike.
 */
export function plainTextToTiptap(text: string): TTiptapNode {
  const paragraphs = text.replace(/\r\n?/g, "\n").split(/\n[^\S\n]*\n/);
  return {
    type: "doc",
    content: paragraphs.map((p) => ({
      type: "paragraph",
      content: p.split("\n").flatMap((line, i) => {
        const nodes: TTiptapNode[] = i === 0 ? [] : [{ type: "hardBreak" }];
        if (line) nodes.push({ type: "text", text: line });
        return nodes;
      }),
    })),
  };
}

/** The rationale's canonical form: the doc's blocks, empty ones dropped. */
export function canonicalRationale(rationale: TTiptapNode | string): TCanonBlock[] {
  const doc = typeof rationale === "string" ? plainTextToTiptap(rationale) : rationale;
  const blocks = doc.type === "doc" ? (doc.content ?? []) : [doc];
  return blocks.map(canonicalBlock).filter((b): b is TCanonBlock => b !== null);
}

// ---------------------------------------------------------------------------------------------
// The whole sign-off

export const SIGN_OFF_PARTS = ["quote", "wording", "claimant", "claimDate", "rating", "summary", "rationale", "evidence", "documentText"] as const;
export type TSignOffPart = (typeof SIGN_OFF_PARTS)[number];

/** What voided approvals say changed ("The rating changed."), one phrase per part. */
export const SIGN_OFF_PART_LABELS: Record<TSignOffPart, string> = {
  quote: "the quoted text",
  wording: "the claim's wording",
  claimant: "the claimant",
  claimDate: "the claim's date",
  rating: "the rating",
  summary: "the summary",
  rationale: "the rationale",
  evidence: "the evidence",
  documentText: "the document's text",
};

function canonicalEvidence(e: TSignOffEvidence) {
  if (!(STANCES as readonly string[]).includes(e.stance)) throw new Error(`Unknown stance ${JSON.stringify(e.stance)}`);
  const url = e.sourceUrl === null ? null : e.sourceUrl.normalize("NFC").trim();
  return {
    sourceUrl: url === "" ? null : url,
    snapshotHash: hexHash(e.snapshotHash, "snapshotHash"),
    stance: e.stance,
    excerpt: canonicalText(e.excerpt),
  };
}

/** Each part's canonical value, before serialization; `signOffChanges` compares them one by one. */
export function signOffParts(input: TSignOffInput): Record<TSignOffPart, unknown> {
  const { claimDate } = input.claim;
  if (claimDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(claimDate)) {
    throw new Error(`claimDate must be YYYY-MM-DD or null, got ${JSON.stringify(claimDate)}`);
  }
  const documentTextHash = hexHash(input.documentTextHash, "documentTextHash");
  if (documentTextHash === null) throw new Error("documentTextHash is required");
  return {
    quote: canonicalText(input.claim.quote),
    wording: canonicalText(input.claim.wording),
    claimant: nullableText(input.claim.claimant),
    claimDate,
    rating: { label: canonicalText(input.rating.label), value: input.rating.value },
    summary: canonicalText(input.summary),
    rationale: canonicalRationale(input.rationale),
    // Order-insensitive: the set of evidence is what the verdict rests on; the order it was
    // attached or dragged into is presentation. Duplicates are kept (a multiset), so attaching
    // the same excerpt twice is still a visible change.
    evidence: input.evidence.map(canonicalEvidence).sort((a, b) => compareStrings(canonicalJson(a), canonicalJson(b))),
    documentText: documentTextHash,
  };
}

/**
 * The string an approval signs: canonical JSON of
 * `{ v, claim: {quote, wording, claimant, claimDate}, rating: {label, value}, summary, rationale, evidence, documentTextHash }`.
 */
export function canonicalSignOff(input: TSignOffInput): string {
  const p = signOffParts(input);
  return canonicalJson({
    v: SIGN_OFF_FORMAT_VERSION,
    claim: { quote: p.quote, wording: p.wording, claimant: p.claimant, claimDate: p.claimDate },
    rating: p.rating,
    summary: p.summary,
    rationale: p.rationale,
    evidence: p.evidence,
    documentTextHash: p.documentText,
  });
}

/**
 * Lowercase hex SHA-256 of `canonicalSignOff(input)`. `sha256` must hash the string's UTF-8
 * bytes and return hex, e.g. on the server
 * `(s) => createHash("sha256").update(s, "utf8").digest("hex")`.
 */
export function signOffHash(input: TSignOffInput, sha256: (s: string) => string): string {
  const hash = sha256(canonicalSignOff(input)).toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error("sha256 must return 64 hex digits");
  return hash;
}

/** Which parts differ between two sign-offs, in SIGN_OFF_PARTS order; empty when the hashes would match. */
export function signOffChanges(before: TSignOffInput, after: TSignOffInput): TSignOffPart[] {
  const a = signOffParts(before);
  const b = signOffParts(after);
  return SIGN_OFF_PARTS.filter((part) => canonicalJson(a[part]) !== canonicalJson(b[part]));
}

/** "The rating and the evidence changed." — the reason a void_approvals action records. */
export function describeSignOffChanges(parts: readonly TSignOffPart[]): string {
  if (parts.length === 0) return "Nothing that was signed off changed.";
  const labels = parts.map((p) => SIGN_OFF_PART_LABELS[p]);
  const last = labels.pop() ?? "";
  const list = labels.length === 0 ? last : `${labels.join(", ")} and ${last}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} changed.`;
}

// ---------------------------------------------------------------------------------------------
// Canonical JSON

/** Code-unit order, never locale order: the same on every machine and runtime. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Deterministic JSON: object keys sorted, strings NFC, -0 as 0. Undefined, functions, non-finite
 * numbers and non-plain objects (Dates, Maps) throw: each is a caller's mistake that would
 * otherwise vanish from the string or serialize differently elsewhere, and an approval bound to
 * a hash of the wrong content is worse than an error.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new Error(`Cannot hash the number ${value}`);
      return JSON.stringify(Object.is(value, -0) ? 0 : value);
    case "string":
      return JSON.stringify(value.normalize("NFC"));
    case "object": {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new Error("Cannot hash a non-plain object");
      const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareStrings(a, b));
      return `{${entries
        .map(([k, v]) => {
          if (v === undefined) throw new Error(`Cannot hash undefined (key ${JSON.stringify(k)})`);
          return `${JSON.stringify(k.normalize("NFC"))}:${canonicalJson(v)}`;
        })
        .join(",")}}`;
    }
    default:
      throw new Error(`Cannot hash a value of type ${typeof value}`);
  }
}
