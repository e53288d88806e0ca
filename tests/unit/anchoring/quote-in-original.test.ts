import { describe, expect, it } from "vitest";
import { locateInOriginal, prepareOriginal, quoteInOriginal } from "@/lib/domain/anchoring/quote-in-original";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";

const ORIGINAL = "Jobs report\n\nThe unemployment rate fell to 3.1 percent in July, the lowest on record.\n\nEconomists were surprised.";

const quoteOf = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  return { ...quoteSelectorAt(text, start, start + needle.length), start };
};

describe("quoteInOriginal", () => {
  const original = prepareOriginal(ORIGINAL);
  it("is true for words the original contains, up to whitespace and Unicode composition", () => {
    expect(quoteInOriginal(original, "fell to 3.1 percent in July")).toBe(true);
    expect(quoteInOriginal(original, "fell to 3.1\npercent   in July")).toBe(true);
    expect(quoteInOriginal(prepareOriginal("Caf\u00e9 owners"), "Cafe\u0301 owners")).toBe(true);
    expect(quoteInOriginal(original, "percent in July, the lowest on record.\n\nEconomists")).toBe(true);
  });
  it("is false once a word was changed, added or removed in the working copy, and for an empty quote", () => {
    expect(quoteInOriginal(original, "fell to 3.1 percent in June")).toBe(false);
    expect(quoteInOriginal(original, "fell to 3.1 percent in July [REVIEWER: confirm]")).toBe(false);
    expect(quoteInOriginal(original, "fell 3.1 percent in July")).toBe(false);
    expect(quoteInOriginal(original, "   ")).toBe(false);
  });
});

describe("locateInOriginal", () => {
  const original = prepareOriginal(ORIGINAL);
  it("gives the original's own selectors for an unchanged quote, even when the working copy moved it", () => {
    const working = "Jobs report\n\n[REVIEWER: confirm titles]\n\nThe unemployment rate fell to 3.1 percent in July, the lowest on record.";
    const found = locateInOriginal(original, quoteOf(working, "fell to 3.1 percent in July"));
    expect(found).toMatchObject({ exact: "fell to 3.1 percent in July", verbatim: true });
    expect(ORIGINAL.slice(found!.start, found!.end)).toBe("fell to 3.1 percent in July");
    expect(found!.prefix).toBe(ORIGINAL.slice(found!.start - 32, found!.start));
  });
  it("finds the words an edited quote replaced, and says they differ", () => {
    const working = ORIGINAL.replace("July", "June");
    const found = locateInOriginal(original, quoteOf(working, "fell to 3.1 percent in June"));
    expect(found).toMatchObject({ exact: "fell to 3.1 percent in July", verbatim: false });
  });
  it("is null when nothing in the original resembles the quote", () => {
    const working = ORIGINAL + "\n\nA note typed during the session, not in the article.";
    expect(locateInOriginal(original, quoteOf(working, "A note typed during the session"))).toBeNull();
  });
});
