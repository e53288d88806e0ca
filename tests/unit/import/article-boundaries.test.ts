import { describe, expect, it } from "vitest";
import { splitArticleHeader } from "@/lib/domain/import/article-header";
import type { TDocJson } from "@/lib/domain/import/blocks-to-json";
import { cutCommentsFromDoc, findCommentSection } from "@/lib/domain/import/comment-section";
import { titleFromText } from "@/lib/domain/import/guess-text-metadata";
import { previewArticleDetails } from "@/lib/domain/import/preview-article-details";
import { textToBlocks } from "@/lib/domain/import/text-to-blocks";
import { htmlToArticle } from "@/lib/server/import/html-to-article";
import { importPasted } from "@/lib/server/import/import-pasted";

// Fresh text, written for these tests.
const ARTICLE = [
  "The county's new ferry terminal opened on Monday, two years later than planned and at almost twice the budgeted cost, according to figures released by the harbour board.",
  "",
  "Officials blamed the delay on a shortage of steel and on a redesign of the passenger ramp, which inspectors had found too steep for wheelchairs during the first safety review.",
  "",
  "Passenger groups welcomed the opening but said the timetable still leaves shift workers without a late crossing on weekdays.",
];
const article = ARTICLE.join("\n");
const textOf = (n: TDocJson): string => (n.type === "text" ? (n.text ?? "") : (n.content ?? []).map(textOf).join(" "));

describe("reader comments are cut off from the article", () => {
  it.each([
    ["post navigation followed by numbered comments", ["Previous Post", "Next Post", "", "", "  1. Great piece, but the budget figures look wrong to me.", "", "    Agreed, the board's own report says otherwise.", "  2. Who signed off on the ramp?"]],
    ["a comment count heading", ["", "14 Comments", "", "Jane Roe", "Nice work."]],
    ["a “Leave a Reply” form", ["", "Leave a Reply", "Your email address will not be published."]],
    ["WordPress-style “says:” and timestamps", ["", "Mara Quist says:", "March 3, 2024 at 9:12 am", "The ramp was fine before the redesign.", "Reply", "Tom Oduya says:", "March 3, 2024 at 11:40 pm", "No it was not.", "Reply"]],
    ["commenter names over timestamps and Reply links", ["", "Mara Quist", "March 3, 2024 at 9:12 am", "The ramp was fine before the redesign.", "Reply", "Tom Oduya", "March 4, 2024 at 8:02 pm", "No it was not.", "Reply"]],
    ["a bare “Comments” heading with comments under it", ["", "Comments", "", "Mara Quist says:", "Two years late is generous.", "Reply", "Reply"]],
  ])("%s", (_name, tail) => {
    const result = importPasted({ format: "text", content: `${article}\n${tail.join("\n")}` });
    expect(result.text.trim().endsWith("late crossing on weekdays.")).toBe(true);
    expect(result.original).toContain(tail.find((l) => l.trim())!.trim());
    const prose = tail.some((l) => /ramp|budget|Nice|email|generous/.test(l));
    expect(result.leftOut).toHaveLength(prose ? 1 : 0);
    if (prose) expect(result.leftOut[0]).toMatch(/^Left out what looks like reader comments \(\d+ words, starting “.+”\)\. The original import keeps them\.$/);
  });

  it.each([
    ["a sentence about comments", ["", "The harbour board said it would publish 14 comments from the public consultation next week."]],
    ["a numbered list in the article", ["", "The board listed three causes:", "1. steel shortages", "2. the ramp redesign", "3. a contractor dispute"]],
    ["post navigation with nothing after it", ["", "", "Previous Post Next Post"]],
    ["a “Comments” section heading of the article itself", ["", "Comments", "", "The harbour master declined to comment further on the delay."]],
    ["a timestamp in the article", ["", "The first crossing left at 6:15 am on March 3, 2024, with forty passengers aboard."]],
  ])("but not %s", (_name, tail) => {
    const text = `${article}\n${tail.join("\n")}`;
    expect(findCommentSection(text.split("\n"))).toBeNull();
  });

  it("not before the article has said anything (a teaser's comment count)", () => {
    expect(findCommentSection(["Ferry Terminal Opens", "3 comments", ...ARTICLE])).toBeNull();
  });

  it("HTML: comment containers and comment threads after the article are left out, and said so", () => {
    const paragraphs = ARTICLE.filter(Boolean).map((p) => `<p>${p}</p>`).join("");
    const page = `<html><body><article><h1>Ferry terminal opens</h1>${paragraphs}</article><section id="comments"><h2>2 comments</h2><ol class="commentlist"><li>Mara Quist: the ramp was fine before.</li></ol></section></body></html>`;
    const fromPage = htmlToArticle(page);
    expect(textOf(fromPage.json)).not.toContain("Mara Quist");
    expect(fromPage.leftOut).toEqual([expect.stringMatching(/^Left out what looks like reader comments/)]);
    const fragment = `${paragraphs}<p>Previous Post</p><p>Next Post</p><ol><li>Great piece, but the budget figures look wrong.</li><li>Who signed off on the ramp?</li></ol>`;
    const fromFragment = htmlToArticle(fragment, { extract: false });
    expect(textOf(fromFragment.json)).not.toContain("Great piece");
    expect(textOf(fromFragment.json)).toContain("late crossing on weekdays.");
    expect(fromFragment.leftOut).toHaveLength(1);
  });

  it("cutCommentsFromDoc keeps the list items before the first comment", () => {
    const para = (t: string): TDocJson => ({ type: "paragraph", content: [{ type: "text", text: t }] });
    const item = (t: string): TDocJson => ({ type: "listItem", content: [para(t)] });
    const doc: TDocJson = { type: "doc", content: [...ARTICLE.filter(Boolean).map(para), { type: "bulletList", content: [item("Last point of the article."), item("Mara Quist says:"), item("March 3, 2024 at 9:12 am"), item("Reply"), item("Reply")] }] };
    const { doc: cut } = cutCommentsFromDoc(doc);
    expect(cut.content!.at(-1)).toEqual({ type: "bulletList", content: [item("Last point of the article.")] });
  });
});

describe("the header of a pasted article: byline, date and address go into the metadata; the headline stays quotable", () => {
  it("byline, dateline and address leave the body; kicker, headline and dek stay as headings; the longest headline is the title", () => {
    const text = ["Harbour Affairs", "", "Ferry Terminal Opens Two Years Late", "Cost nearly doubled, board figures show", "By Ana Lima", "March 4, 2024", "https://news.example.org/ferry-terminal", "", article].join("\n");
    const result = importPasted({ format: "text", content: text });
    expect(result).toMatchObject({ title: "Ferry Terminal Opens Two Years Late", author: "Ana Lima", publishedAt: "2024-03-04", sourceUrl: "https://news.example.org/ferry-terminal" });
    expect(result.json.content!.slice(0, 4).map((n) => [n.type, n.attrs?.level, textOf(n).slice(0, 20)])).toEqual([
      ["heading", 2, "Harbour Affairs"],
      ["heading", 1, "Ferry Terminal Opens"],
      ["heading", 2, "Cost nearly doubled,"],
      ["paragraph", undefined, "The county's new fer"],
    ]);
    for (const gone of ["By Ana Lima", "March 4, 2024", "news.example.org"]) expect(result.text).not.toContain(gone);
  });

  it("a headline shown twice (above and below a summary) stays once; section headings stay", () => {
    const blocks = textToBlocks(["Ferry Terminal Opens Two Years Late", "A summary of what the board said on Monday about the ferry.", "Ferry Terminal Opens Two Years Late", ARTICLE[0], "What Went Wrong", ARTICLE[2]].join("\n"));
    const { title, body } = splitArticleHeader(blocks);
    expect(title).toBe("Ferry Terminal Opens Two Years Late");
    expect(body.map((b) => b.type)).toEqual(["heading", "paragraph", "paragraph", "heading", "paragraph"]);
  });

  it("a paste that is only a header keeps its lines", () => {
    const { body } = splitArticleHeader(textToBlocks("Ferry Terminal Opens\nBy Ana Lima"));
    expect(body.length).toBeGreaterThan(0);
  });
});

describe("a title for text without one", () => {
  it("is the first sentence, whole, not cut mid-sentence", () => {
    expect(titleFromText(`${ARTICLE[0]} More text.`, 200)).toBe(ARTICLE[0]);
    expect(titleFromText("The U.S. Coast Guard and Gen. Ortiz inspected the ramp. It passed.", 200)).toBe("The U.S. Coast Guard and Gen. Ortiz inspected the ramp.");
    expect(titleFromText("Ferry delayed again\nMore text", 200)).toBe("Ferry delayed again");
  });

  it("a first sentence too long for a title is cut at a word and marked as cut", () => {
    const long = `${"word ".repeat(60)}end.`;
    const title = titleFromText(long, 80)!;
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title.endsWith("word…")).toBe(true);
  });

  it("a paste without a headline takes it (the import used to take the first twelve words)", () => {
    expect(importPasted({ format: "text", content: article }).title).toBe(ARTICLE[0]);
  });
});

describe("hard-wrapped text whose paragraphs start with a short first line", () => {
  it("starts a paragraph after a full line that ends a sentence when a short line that goes on follows", () => {
    const text = [
      "The harbour board said the ferry terminal would",
      "open on Monday after two years of delays caused by steel shortages and a full",
      "redesign of the passenger ramp, which inspectors had found too steep for use.",
      "Passenger groups welcomed the news but said",
      "the timetable still leaves shift workers at the hospital on the mainland without",
      "a late crossing on weekdays, which the board promised to review in the spring.",
    ].join("\n");
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => (b.type === "paragraph" ? b.lines.join(" ").slice(0, 30) : b.type))).toEqual(["The harbour board said the fer", "Passenger groups welcomed the "]);
  });
});

describe("the import form's preview of an article's details", () => {
  it("reads what the importer will: headline, byline, date, address; the first sentence when there is no headline", () => {
    expect(previewArticleDetails(["Harbour Affairs", "", "Ferry Terminal Opens Two Years Late", "By Ana Lima", "March 4, 2024", "https://news.example.org/ferry-terminal", "", article].join("\n"))).toEqual({
      title: "Ferry Terminal Opens Two Years Late",
      author: "Ana Lima",
      publishedAt: "2024-03-04",
      sourceUrl: "https://news.example.org/ferry-terminal",
    });
    expect(previewArticleDetails(article)).toEqual({ title: ARTICLE[0], author: "", publishedAt: "", sourceUrl: "" });
    expect(previewArticleDetails("")).toEqual({ title: "", author: "", publishedAt: "", sourceUrl: "" });
  });
});
