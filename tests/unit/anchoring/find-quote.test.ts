import { describe, expect, test } from "vitest";
import { findQuote } from "@/lib/domain/anchoring/find-quote";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";

const ARTICLE = [
  "Harbour traffic in the northern port grew last year, the authority said on Tuesday.",
  "According to its annual report, the number of containers handled rose by 18 percent to 2.4 million, the highest figure since records began in 1987.",
  "The mayor called the result proof that the new rail link had paid off, although freight operators pointed to a mild winter and lower fuel prices.",
  "Critics noted that the authority had promised a rise of 25 percent when it asked for public money in 2019.",
].join("\n\n");

function selectorFor(text: string, exact: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`"${exact}" not in text`);
  return { ...quoteSelectorAt(text, start, start + exact.length), start, end: start + exact.length };
}

const CLAIM = "the number of containers handled rose by 18 percent to 2.4 million";

describe("findQuote on unchanged text", () => {
  test("finds the exact span with a perfect score", () => {
    const sel = selectorFor(ARTICLE, CLAIM);
    const m = findQuote(ARTICLE, sel, { start: sel.start });
    expect(m).toEqual({ start: sel.start, end: sel.end, exact: CLAIM, score: 1 });
  });

  test("works without prefix, suffix and hint", () => {
    const m = findQuote(ARTICLE, { exact: CLAIM });
    expect(m?.start).toBe(ARTICLE.indexOf(CLAIM));
    expect(m?.exact).toBe(CLAIM);
  });

  test("null for an empty quote or empty text", () => {
    expect(findQuote(ARTICLE, { exact: "" })).toBeNull();
    expect(findQuote(ARTICLE, { exact: "   " })).toBeNull();
    expect(findQuote("", { exact: "x" })).toBeNull();
  });
});

describe("findQuote on edited text", () => {
  const sel = selectorFor(ARTICLE, CLAIM);

  test("insertion before the span shifts it", () => {
    const edited = "UPDATE: figures corrected on Wednesday.\n\n" + ARTICLE;
    const m = findQuote(edited, sel, { start: sel.start });
    expect(m?.start).toBe(sel.start + 41);
    expect(m?.exact).toBe(CLAIM);
    expect(m!.score).toBeGreaterThan(0.95);
  });

  test("insertion right before the span (inside the prefix) still finds it", () => {
    const edited = ARTICLE.slice(0, sel.start) + "as it turns out, " + ARTICLE.slice(sel.start);
    const m = findQuote(edited, sel, { start: sel.start });
    expect(m?.start).toBe(sel.start + 17);
    expect(m?.exact).toBe(CLAIM);
    expect(m!.score).toBeGreaterThan(0.75);
  });

  test("insertion inside the span: the match covers the edited span", () => {
    const at = sel.start + CLAIM.indexOf("rose");
    const edited = ARTICLE.slice(0, at) + "reportedly " + ARTICLE.slice(at);
    const m = findQuote(edited, sel, { start: sel.start });
    expect(m?.start).toBe(sel.start);
    expect(m?.exact).toBe("the number of containers handled reportedly rose by 18 percent to 2.4 million");
    expect(m!.score).toBeGreaterThan(0.8);
  });

  test("a changed figure inside the span still anchors it", () => {
    const edited = ARTICLE.replace("18 percent to 2.4 million", "19 percent to 2.5 million");
    const m = findQuote(edited, sel, { start: sel.start });
    expect(m).toMatchObject({ start: sel.start, end: sel.end, exact: "the number of containers handled rose by 19 percent to 2.5 million" });
  });

  test("insertion after the span leaves it in place", () => {
    const edited = ARTICLE.slice(0, sel.end) + " (revised)" + ARTICLE.slice(sel.end);
    const m = findQuote(edited, sel, { start: sel.start });
    expect(m).toMatchObject({ start: sel.start, end: sel.end, exact: CLAIM });
    const far = ARTICLE + "\n\nA later paragraph about something else entirely.";
    expect(findQuote(far, sel, { start: sel.start })).toMatchObject({ start: sel.start, end: sel.end, score: 1 });
  });

  test("whole-span deletion: nothing plausible is found", () => {
    const edited = ARTICLE.slice(0, sel.start) + ARTICLE.slice(sel.end);
    expect(findQuote(edited, sel, { start: sel.start })).toBeNull();
  });

  test("rewritten beyond recognition: null", () => {
    const edited = ARTICLE.replace(CLAIM, "throughput went up sharply, by most measures");
    expect(findQuote(edited, sel, { start: sel.start })).toBeNull();
  });

  test("paragraphs joined: the quote across a block boundary is found with its new whitespace", () => {
    const across = "the authority said on Tuesday.\n\nAccording to its annual report";
    const s = selectorFor(ARTICLE, across);
    const edited = ARTICLE.replace("Tuesday.\n\nAccording", "Tuesday. According");
    const m = findQuote(edited, s, { start: s.start });
    expect(m?.exact).toBe("the authority said on Tuesday. According to its annual report");
  });
});

describe("findQuote with duplicated quotes", () => {
  const para = (lead: string) => `${lead} the ministry said exports rose 3 percent in May, its spokesperson added.`;
  const text = [para("In Lisbon,"), "Unrelated middle paragraph with enough words to separate them.", para("In Porto,")].join("\n\n");
  const quote = "exports rose 3 percent in May";

  test("prefix decides between identical quotes", () => {
    for (const occurrence of [0, 1]) {
      const sel = selectorFor(text, quote, occurrence);
      // The hint points at the other copy: context must win over position.
      const other = selectorFor(text, quote, 1 - occurrence);
      const m = findQuote(text, sel, { start: other.start });
      expect(m?.start).toBe(sel.start);
    }
  });

  test("with the same context everywhere, the hint picks the nearest copy", () => {
    const same = [para("Yes,"), para("Yes,"), para("Yes,")].join("\n\n");
    const second = selectorFor(same, quote, 1);
    expect(findQuote(same, second, { start: second.start })?.start).toBe(second.start);
    const third = selectorFor(same, quote, 2);
    expect(findQuote(same, third, { start: third.start + 30 })?.start).toBe(third.start);
  });

  test("an edited occurrence is still found when an intact duplicate exists nearby", () => {
    const sel = selectorFor(text, quote, 1);
    const edited = text.slice(0, sel.start) + "exports rose 3.2 percent in May" + text.slice(sel.end);
    const m = findQuote(edited, sel, { start: sel.start });
    expect(m?.start).toBe(sel.start);
    expect(m?.exact).toBe("exports rose 3.2 percent in May");
  });

  test("an edited occurrence far from an intact duplicate is found by its context", () => {
    const filler = "Filler sentence that talks about harbours and weather. ".repeat(60);
    const long = [para("In Lisbon,"), filler, para("In Porto,")].join("\n\n");
    const sel = selectorFor(long, quote, 1);
    const edited = long.slice(0, sel.start) + "exports rose 3.2 percent in May" + long.slice(sel.end);
    expect(findQuote(edited, sel, { start: sel.start })?.start).toBe(sel.start);
  });
});

describe("findQuote with Unicode", () => {
  const text = "Le ministre a déclaré : « Les émissions ont baissé de 12 % 🌍 en 2023 », selon l’agence. Ça reste à vérifier ✅.";

  test("accents and emoji: offsets are UTF-16 code units", () => {
    const exact = "Les émissions ont baissé de 12 % 🌍 en 2023";
    const sel = selectorFor(text, exact);
    const edited = "Mise à jour 🙂 : " + text;
    const m = findQuote(edited, sel, { start: sel.start });
    expect(m?.start).toBe(sel.start + "Mise à jour 🙂 : ".length);
    expect(m?.exact).toBe(exact);
  });

  test("an emoji inserted inside the quote", () => {
    const exact = "Ça reste à vérifier";
    const sel = selectorFor(text, exact);
    const edited = text.replace("Ça reste", "Ça 🤔 reste");
    expect(findQuote(edited, sel, { start: sel.start })?.exact).toBe("Ça 🤔 reste à vérifier");
  });

  test("decomposed accents in the text still match a composed quote", () => {
    const exact = "Les émissions ont baissé";
    const sel = selectorFor(text, exact);
    const decomposed = text.normalize("NFD");
    const m = findQuote(decomposed, sel, { start: sel.start });
    expect(m?.exact.normalize("NFC")).toBe(exact);
  });
});

describe("findQuote on long texts and quotes", () => {
  // Seeded pseudo-random prose: varied enough that a removed passage has no near twin.
  const WORDS = "port rail mayor budget freight winter report council bridge survey rate index region figure growth decline spring record promise critic ministry export harbour tariff".split(" ");
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const sentences = Array.from({ length: 600 }, (_, i) => `${i}: ${Array.from({ length: 9 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(" ")}.`);
  const sentence = (i: number) => sentences[i]!;
  const text = Array.from({ length: 600 }, (_, i) => sentence(i)).join(" ");

  test("a 40,000-character text: the quote is found past an insertion before it", () => {
    expect(text.length).toBeGreaterThan(40_000);
    const exact = sentence(432);
    const sel = selectorFor(text, exact);
    const edited = text.slice(0, 1000) + "An inserted remark. " + text.slice(1000);
    // Its speed is measured in bench (bench/README.md), not asserted here.
    const m = findQuote(edited, sel, { start: sel.start });
    expect(m).toMatchObject({ start: sel.start + 20, exact });
  });

  test("a very long quote is found by its head and tail, also when edited in the middle", () => {
    const start = text.indexOf(sentence(300));
    const end = text.indexOf(sentence(340));
    const sel = { ...quoteSelectorAt(text, start, end), start, end };
    expect(sel.exact.length).toBeGreaterThan(2000);
    const mid = start + 1200;
    const edited = text.slice(0, mid) + " [a long editorial aside was inserted here, with several words] " + text.slice(mid + 40);
    const m = findQuote(edited, sel, { start: sel.start });
    expect(m?.start).toBe(start);
    expect(m?.end).toBe(end + 64 - 40);
    expect(m!.score).toBeGreaterThan(0.9);
    expect(findQuote(text, sel)).toMatchObject({ start, end, score: 1 });
  });

  test("a long quote whose text is gone: null", () => {
    const start = text.indexOf(sentence(300));
    const end = text.indexOf(sentence(340));
    const sel = quoteSelectorAt(text, start, end);
    expect(findQuote(text.slice(0, start) + text.slice(end), sel, { start })).toBeNull();
  });
});
