import { describe, expect, test } from "vitest";
import { pickRun } from "@/lib/domain/anchoring/pick-run";
import { boundedEditDistance, DETACH_BELOW, quoteSimilarity } from "@/lib/domain/anchoring/quote-similarity";
import { QUOTE_CONTEXT, quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length]![b.length]!;
}

describe("quoteSelectorAt", () => {
  const text = "The council said the bridge would cost 4 million euros, twice the estimate of last spring.";

  test("exact with up to QUOTE_CONTEXT characters of context on each side", () => {
    const start = text.indexOf("4 million");
    const end = start + "4 million euros".length;
    const q = quoteSelectorAt(text, start, end);
    expect(q.exact).toBe("4 million euros");
    expect(q.prefix).toBe(text.slice(start - QUOTE_CONTEXT, start));
    expect(q.prefix).toHaveLength(QUOTE_CONTEXT);
    expect(q.suffix).toBe(text.slice(end, end + QUOTE_CONTEXT));
  });

  test("context is shorter at the edges of the text", () => {
    expect(quoteSelectorAt(text, 0, 3)).toEqual({ exact: "The", prefix: "", suffix: text.slice(3, 3 + QUOTE_CONTEXT) });
    const q = quoteSelectorAt(text, text.length - 7, text.length);
    expect(q).toMatchObject({ exact: "spring.", suffix: "" });
  });

  test("out-of-range bounds are clamped", () => {
    expect(quoteSelectorAt("abc", -5, 99)).toEqual({ exact: "abc", prefix: "", suffix: "" });
    expect(quoteSelectorAt("abc", 2, 1).exact).toBe("");
  });

  test("context never splits an emoji's surrogate pair", () => {
    const emoji = "🙂";
    const t = `xxxxx${emoji}${"y".repeat(31)}CLAIM${"z".repeat(31)}${emoji}tail`;
    const start = t.indexOf("CLAIM");
    // 32 code units before the quote is the emoji's low surrogate; 32 after is its high surrogate.
    expect(t.charCodeAt(start - QUOTE_CONTEXT)).toBe(emoji.charCodeAt(1));
    const q = quoteSelectorAt(t, start, start + 5);
    expect(q.exact).toBe("CLAIM");
    expect(q.prefix).toBe("y".repeat(31));
    expect(q.suffix).toBe("z".repeat(31));
    // One unit further out, the whole emoji is kept.
    expect(quoteSelectorAt(t, start - 1, start + 5).prefix).toBe(`${emoji}${"y".repeat(30)}`);
    expect(Buffer.from(q.prefix, "utf8").toString("utf8")).toBe(q.prefix);
    expect(Buffer.from(q.suffix, "utf8").toString("utf8")).toBe(q.suffix);
  });
});

describe("quoteSimilarity", () => {
  test("1 for equal quotes, also after whitespace and Unicode normalisation", () => {
    expect(quoteSimilarity("a claim", "a claim")).toBe(1);
    expect(quoteSimilarity("a  claim\n\nacross", " a claim across ")).toBe(1);
    expect(quoteSimilarity("Ri\u0301o", "R\u00edo")).toBe(1);
    expect(quoteSimilarity("", "")).toBe(1);
  });

  test("one minus edit distance over the longer length", () => {
    expect(quoteSimilarity("kitten", "sitting")).toBeCloseTo(1 - 3 / 7);
    expect(quoteSimilarity("abcd", "")).toBe(0);
    expect(quoteSimilarity("the bridge costs 4 million", "the bridge costs 5 million")).toBeCloseTo(1 - 1 / 26);
  });

  test("unrelated text falls below DETACH_BELOW, a light edit stays above", () => {
    expect(quoteSimilarity("Unemployment fell to 4.1 percent in March", "The weather was lovely all week long")).toBeLessThan(DETACH_BELOW);
    expect(quoteSimilarity("Unemployment fell to 4.1 percent in March", "Unemployment fell to 4.3 per cent in March")).toBeGreaterThan(0.9);
  });

  test("banded distance equals full Levenshtein on random strings", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (n: number) => Array.from({ length: n }, () => "abc d"[Math.floor(rnd() * 5)]).join("");
    for (let i = 0; i < 300; i++) {
      const a = word(Math.floor(rnd() * 40));
      const b = word(Math.floor(rnd() * 40));
      const d = levenshtein(a, b);
      for (const k of [0, 1, 3, 8, 50]) expect(boundedEditDistance(a, b, k)).toBe(d <= k ? d : k + 1);
    }
  });

  test("a floor returns early with a value below it", () => {
    const a = "x".repeat(3000);
    const b = "y".repeat(3000);
    expect(quoteSimilarity(a, b, 0.5)).toBeLessThan(0.5);
    expect(quoteSimilarity(a, b)).toBe(0);
  });

  test("long, nearly equal quotes compare as nearly equal", () => {
    const base = "The harbour authority said container traffic grew by a fifth last year. ".repeat(80);
    const edited = base.slice(0, 2000) + "NEW WORDS " + base.slice(2000, 4000) + base.slice(4010);
    const s = quoteSimilarity(base, edited);
    expect(s).toBeGreaterThan(0.99);
  });
});

describe("pickRun", () => {
  const text = "Exports rose 3 percent. Elsewhere: Exports rose 3 percent in May. And exports fell.";

  test("the run most like the stored quote", () => {
    const a = { start: 0, end: 22 };
    const b = { start: 35, end: 64 };
    const c = { start: 70, end: 82 };
    expect(pickRun(text, [c, b, a], "Exports rose 3 percent in May")).toEqual(b);
    expect(pickRun(text, [a, b, c], "Exports rose 3 percent")).toEqual(a);
  });

  test("null without runs; a single run is returned as is", () => {
    expect(pickRun(text, [], "x")).toBeNull();
    expect(pickRun(text, [{ start: 70, end: 82 }], "nothing alike")).toEqual({ start: 70, end: 82 });
  });
});
