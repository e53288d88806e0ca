import { describe, expect, it } from "vitest";
import { blocksToJson } from "@/lib/domain/import/blocks-to-json";
import { normalizeText } from "@/lib/domain/import/normalize-text";
import { isTitleLike, textToBlocks } from "@/lib/domain/import/text-to-blocks";

const paragraphs = (text: string) =>
  textToBlocks(normalizeText(text)).map((b) => (b.type === "paragraph" ? b.lines.join("⏎") : b.type === "heading" ? `#${b.level} ${b.text}` : `${b.ordered ? "ol" : "ul"}: ${b.items.join(" | ")}`));

describe("textToBlocks", () => {
  it("joins lines hard-wrapped at ~70 columns back into their paragraphs (blank-line separated)", () => {
    const text = [
      "The regional water board raised household tariffs by 7.2 per cent on",
      "Monday, the third increase in eighteen months, citing the cost of",
      "replacing lead pipes in older districts.",
      "",
      "Consumer groups said the board had promised in 2022 that prices would",
      "stay flat until the pipe programme was finished.",
    ].join("\n");
    expect(paragraphs(text)).toEqual([
      "The regional water board raised household tariffs by 7.2 per cent on Monday, the third increase in eighteen months, citing the cost of replacing lead pipes in older districts.",
      "Consumer groups said the board had promised in 2022 that prices would stay flat until the pipe programme was finished.",
    ]);
  });

  it("finds paragraph ends in wrapped text with no blank lines: a short line that ends a sentence", () => {
    const text = [
      "Officials at the county hospital said waiting times for knee surgery had",
      "fallen from 41 weeks to 29 weeks since the new theatre opened in May.",
      "The hospital’s chief executive, Dr Ngozi Adébáyọ̀, called the figures",
      "“encouraging but fragile”.",
      "Unions disputed the numbers and the way they were counted, and called",
      "for an independent audit.",
      "They said the count left out patients who had been referred but not yet",
      "assessed — about 1,300 people, by their estimate.",
    ].join("\n");
    expect(paragraphs(text)).toEqual([
      "Officials at the county hospital said waiting times for knee surgery had fallen from 41 weeks to 29 weeks since the new theatre opened in May. The hospital’s chief executive, Dr Ngozi Adébáyọ̀, called the figures “encouraging but fragile”.",
      "Unions disputed the numbers and the way they were counted, and called for an independent audit.",
      "They said the count left out patients who had been referred but not yet assessed — about 1,300 people, by their estimate.",
    ]);
  });

  it("never starts a paragraph with a lower-case continuation", () => {
    const text = [
      "The minister said there is one main reason for the delay, namely:",
      "the contractor’s failure to deliver steel on time, which pushed the",
      "whole schedule back by four months.",
    ].join("\n");
    expect(paragraphs(text)).toHaveLength(1);
  });

  it("keeps one-line-per-paragraph text as it is and spots headline and section headings", () => {
    const text = [
      "Council Approves New Cycle Lanes",
      "The city council approved 14 kilometres of protected cycle lanes on Tuesday after a debate that lasted more than five hours and drew some 200 residents to the chamber.",
      "Opposition and Support",
      "Shop owners on Market Street argued that losing 60 parking spaces would cost them customers, while cycling groups cited a survey in which 58% of respondents backed the plan.",
    ].join("\n");
    expect(paragraphs(text)).toEqual([
      "#1 Council Approves New Cycle Lanes",
      expect.stringMatching(/^The city council approved/),
      "#2 Opposition and Support",
      expect.stringMatching(/^Shop owners/),
    ]);
  });

  it("takes a sentence-case first line as the headline, but not a byline, dateline or sentence", () => {
    expect(paragraphs("Port traffic falls 12% in March\n\nCargo volumes fell again.")[0]).toBe("#1 Port traffic falls 12% in March");
    expect(paragraphs("By Jane Roe\n\nCargo volumes fell again.")[0]).toBe("By Jane Roe");
    expect(paragraphs("Cargo volumes fell again.\n\nMore text.")[0]).toBe("Cargo volumes fell again.");
  });

  it("keeps bullet and numbered lists, including wrapped items", () => {
    const text = ["What the plan includes:", "", "- 14 km of protected lanes along the", "  river and Market Street", "- 300 new bike racks", "", "1. Consultation ends 4 May", "2. Works start in September"].join("\n");
    expect(paragraphs(text)).toEqual([
      "What the plan includes:",
      "ul: 14 km of protected lanes along the river and Market Street | 300 new bike racks",
      "ol: Consultation ends 4 May | Works start in September",
    ]);
    const json = blocksToJson(textToBlocks("3. third\n4. fourth"));
    expect(json.content?.[0]).toMatchObject({ type: "orderedList", attrs: { start: 3 } });
  });

  it("keeps short-line blocks (addresses, bylines) as lines with hard breaks", () => {
    const json = blocksToJson(textToBlocks("Reported by Ana Núñez\nEdited by Li Wei\n\nThe story follows here and is long enough to count as a paragraph of text."));
    expect(json.content?.[0]).toEqual({
      type: "paragraph",
      content: [{ type: "text", text: "Reported by Ana Núñez" }, { type: "hardBreak" }, { type: "text", text: "Edited by Li Wei" }],
    });
  });

  it("drops navigation boilerplate lines but never sentences that mention the same words", () => {
    const text = "Previous Post\nNext Post\n\nThe article body says the next post office will open in June.\n\nComments are closed.\nNo hay comentarios:\nPublicar un comentario";
    expect(paragraphs(text)).toEqual(["The article body says the next post office will open in June."]);
  });

  it("keeps Unicode intact: curly quotes, dashes, accents, non-Latin scripts, emoji; composes to NFC", () => {
    const text = "“Ça suffit,” said Zoë — in Ελληνικά and 日本語 too 🚢.\r\n\r\nCafe\u0301 au lait.";
    expect(paragraphs(text)).toEqual(["“Ça suffit,” said Zoë — in Ελληνικά and 日本語 too 🚢.", "Café au lait."]);
    expect(paragraphs(text)[1]).toBe("Caf\u00e9 au lait.");
  });

  it("isTitleLike accepts headlines and rejects sentences, datelines and URLs", () => {
    expect(isTitleLike("Military Preparing Attacks on Mexican Cartels")).toBe(true);
    expect(isTitleLike("The council met on Tuesday and voted.")).toBe(false);
    expect(isTitleLike("Sunday, August 7, 2011, 7:24 PM")).toBe(false);
    expect(isTitleLike("https://example.org/Some-Title")).toBe(false);
    expect(isTitleLike("SEN. JANE ROE: Permitted by whom?")).toBe(false);
  });
});
