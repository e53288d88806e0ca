import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TDocJson } from "@/lib/domain/import/blocks-to-json";
import { importPasted } from "@/lib/server/import/import-pasted";
import { importUpload } from "@/lib/server/import/import-upload";

/**
 * The five real articles our users import (see the corpus README), imported as a paste and as an
 * upload, against expectations written by hand: title, date, how the article starts and ends, how
 * many paragraphs and headings it has, and none of the page's comments, furniture or byline, date
 * and address lines (those are metadata; the headline and dek stay as headings, quotable). The articles are not
 * ours to redistribute, so they stay outside the repository and the expectations quote only a
 * few words of each.
 */
const repoRoot = path.resolve(import.meta.dirname, "../../..");
const corpusDir = [process.env.FACTDESK_CORPUS_DIR, path.resolve(repoRoot, "../shared/corpus"), "/work/shared/corpus"].find(
  (d): d is string => !!d && existsSync(path.join(d, "README.md")),
);

type TExpected = {
  file: string;
  /** The pasted title exactly, or its start and end. */
  title: string | { startsWith: string; endsWith: string };
  uploadTitle?: string;
  publishedAt?: string;
  author?: string;
  sourceUrl?: string;
  firstParagraph: string;
  lastParagraph: string;
  /** Paragraph starts that must exist: breaks the importer has to find. */
  paragraphStarts?: string[];
  paragraphs: number;
  headings: number;
  /** Page furniture, comments, or byline/date/address lines that must not be in the body. */
  absent: string[];
  /** Text the page shows twice that the body keeps once. */
  once?: string[];
  leftOut: RegExp | null;
};

const CORPUS: TExpected[] = [
  {
    file: "fast-and-furious-blog-post.txt",
    title: { startsWith: "The Bureau of Alcohol, Tobacco", endsWith: "enforcing federal gun laws." },
    uploadTitle: "fast and furious blog post",
    firstParagraph: "The Bureau of Alcohol, Tobacco",
    lastParagraph: "Strange to say, a Mexican",
    paragraphs: 46,
    headings: 0,
    absent: ["Previous Post", "Next Post", "Excellent article", "Comments are closed", "Posted by", "Stay tuned", "Reply"],
    leftOut: /^Left out what looks like reader comments \(4,\d{3} words, starting “/,
  },
  {
    file: "military-preparing-attacks-on-cartels-2025.txt",
    title: "Military Preparing Attacks on Mexican Cartels",
    publishedAt: "2025-08-20",
    sourceUrl: "https://www.kenklippenstein.com/p/military-preparing-attacks-on-mexican",
    firstParagraph: "The Trump administration has directed",
    lastParagraph: "Asked in January if he would deploy",
    paragraphStarts: ["NORTHCOM is already involved in Mexico", "Asked in January", "Though U.S.-Mexico military relations"],
    paragraphs: 34,
    headings: 2,
    absent: ["Aug 20, 2025", "kenklippenstein.com", "No hay comentarios", "Publicar un comentario"],
    leftOut: null,
  },
  {
    file: "us-involvement-mexico-cartel-wars-2011.txt",
    title: "U.S. Involvement in Mexico's Cartel Wars Deepens, in a Largely Positive Way",
    author: "Robert Chesney",
    publishedAt: "2011-08-07",
    firstParagraph: "U.S. involvement in Mexico's struggle",
    lastParagraph: "This is surely going to get",
    paragraphs: 14,
    headings: 2,
    absent: ["By Robert Chesney", "7:24 PM"],
    leftOut: null,
  },
  {
    file: "cartel-violence-after-leader-death.txt",
    title: "Mexico Cartel Violence Erupts After US-Aided Leader’s Death",
    firstParagraph: "A targeted operation against a top cartel leader",
    lastParagraph: "Source: Gunmen run riot",
    paragraphStarts: ["In the wake of a targeted operation"],
    paragraphs: 18,
    headings: 10,
    absent: [],
    once: ["Erupts After US-Aided"],
    leftOut: null,
  },
  {
    file: "cia-covert-drone-operations-mexico.txt",
    title: "CIA Increases Covert Drone Operations in Mexico",
    firstParagraph: "The United States has intensified covert drone",
    lastParagraph: "Trump has nominated Ronald Johnson",
    paragraphs: 16,
    headings: 1,
    absent: ["Previous Post", "Next Post"],
    leftOut: null,
  },
];

const textOf = (n: TDocJson): string => (n.type === "text" ? (n.text ?? "") : n.type === "hardBreak" ? "\n" : (n.content ?? []).map(textOf).join(""));

function expectArticle(e: TExpected, result: { json: TDocJson; text: string; leftOut: string[] }) {
  const blocks = result.json.content ?? [];
  const paragraphs = blocks.filter((b) => b.type === "paragraph").map(textOf);
  expect(paragraphs[0]?.startsWith(e.firstParagraph), `first paragraph: ${paragraphs[0]?.slice(0, 60)}`).toBe(true);
  expect(paragraphs.at(-1)?.startsWith(e.lastParagraph), `last paragraph: ${paragraphs.at(-1)?.slice(0, 60)}`).toBe(true);
  expect(blocks.at(-1)?.type, "the article ends with its last paragraph").toBe("paragraph");
  for (const start of e.paragraphStarts ?? []) expect(paragraphs.some((p) => p.startsWith(start)), `a paragraph starts “${start}”`).toBe(true);
  // Paragraph detection is heuristic; a change of one or two either way is a judgement call, more is a regression.
  expect(Math.abs(paragraphs.length - e.paragraphs), `${paragraphs.length} paragraphs, expected about ${e.paragraphs}`).toBeLessThanOrEqual(2);
  expect(blocks.filter((b) => b.type === "heading")).toHaveLength(e.headings);
  expect(blocks.filter((b) => b.type === "orderedList" || b.type === "bulletList"), "no comment thread read as a list").toHaveLength(0);
  for (const s of e.absent) expect(result.text, `the body has no “${s}”`).not.toContain(s);
  for (const s of e.once ?? []) expect(result.text.split(s).length - 1, `“${s}” once`).toBe(1);
  // The headline stays in the body, first, so a claim in it can be marked.
  if (e.headings) expect(blocks.find((b) => b.type === "heading" && b.attrs?.level === 1)).toBeDefined();
  if (e.leftOut) {
    expect(result.leftOut).toHaveLength(1);
    expect(result.leftOut[0]).toMatch(e.leftOut);
  } else expect(result.leftOut).toEqual([]);
}

describe.skipIf(!corpusDir)(`importing the corpus articles (${corpusDir ?? "not found"})`, () => {
  describe.each(CORPUS)("$file", (e) => {
    const content = () => readFileSync(path.join(corpusDir!, e.file), "utf8");

    it("pasted: metadata read from the top, the article and only the article in the body", () => {
      const raw = content();
      const result = importPasted({ format: "text", content: raw });
      if (typeof e.title === "string") expect(result.title).toBe(e.title);
      else {
        expect(result.title.startsWith(e.title.startsWith) && result.title.endsWith(e.title.endsWith), result.title).toBe(true);
      }
      expect(result.publishedAt).toBe(e.publishedAt);
      expect(result.author).toBe(e.author);
      expect(result.sourceUrl).toBe(e.sourceUrl);
      expect(result.original, "the original keeps everything").toBe(raw);
      expectArticle(e, result);
    });

    it("uploaded as .txt: the same article", async () => {
      const result = await importUpload({ fileName: e.file, mimeType: "text/plain", bytes: readFileSync(path.join(corpusDir!, e.file)) });
      expect(result.title).toBe(e.uploadTitle ?? e.title);
      expectArticle(e, result);
    });
  });
});

// Said once in the run's output rather than as an empty test that would count as a pass.
if (!corpusDir) console.warn("corpus import tests skipped: no corpus found (set FACTDESK_CORPUS_DIR, or put it at ../shared/corpus next to the repository)");
