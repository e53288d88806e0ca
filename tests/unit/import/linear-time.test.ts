import { describe, expect, it } from "vitest";
import { guessTextMetadata, parseLooseDate } from "@/lib/domain/import/guess-text-metadata";
import { scanHtml } from "@/lib/domain/import/nesting-depth";
import { normalizeText } from "@/lib/domain/import/normalize-text";
import { textToBlocks } from "@/lib/domain/import/text-to-blocks";
import { AppError } from "@/lib/errors";
import { guardMarkup } from "@/lib/server/import/guard-markup";

/**
 * Hostile input must cost time in proportion to its size. A wall-clock limit would break on a
 * loaded 2-core machine, so each check compares the work with the cheapest linear pass there is
 * over the same input (reading every character once), measured in the same test: a linear pass
 * stays within a small multiple of it, a quadratic one on these sizes is thousands of times
 * slower. Each time is the best of several interleaved runs, so a pause while one run is measured
 * does not count; the 10 ms of grace covers timer noise on sizes that take microseconds.
 */
function bestOf(runs: number, fns: (() => unknown)[]): number[] {
  const best = fns.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      fn();
      best[k] = Math.min(best[k]!, performance.now() - start);
    });
  }
  return best;
}

function readOnce(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h + s.charCodeAt(i)) | 0;
  return h;
}

function expectLinear(input: string, work: (input: string) => unknown, maxMultiple: number) {
  const [tWork, tRead] = bestOf(input.length > 1e6 ? 3 : 5, [() => work(input), () => readOnce(input)]);
  expect(tWork, `${input.length.toLocaleString("en")} chars took ${tWork!.toFixed(2)} ms; reading them once took ${tRead!.toFixed(2)} ms`).toBeLessThan(
    maxMultiple * tRead! + 10,
  );
}

const fill = (unit: string, prefix = "") => (size: number) => prefix + unit.repeat(Math.ceil((size - prefix.length) / unit.length));

const MB = 1024 * 1024;

const HOSTILE_HTML: [string, (size: number) => string][] = [
  ["unclosed comments", fill("<!--")],
  ["an unclosed script full of tags", fill("<a", "<script>")],
  ["unclosed tags", fill("<a")],
  ["an unclosed quoted attribute", fill("<div>", '<p title="')],
  ["unclosed end tags", fill("</a")],
  ["unclosed bogus comments", fill("<!x")],
];

describe("the markup guard reads hostile HTML in one pass", () => {
  // A size at which the old lazy patterns already took seconds (and 10 MB, hours).
  it.each(HOSTILE_HTML)("%s (256 KB)", (_name, make) => {
    expectLinear(make(256 * 1024), scanHtml, 20);
  });

  it.each(HOSTILE_HTML)("%s (10 MB)", (_name, make) => {
    expectLinear(make(10 * MB), scanHtml, 20);
  });

  it("10 MB of unclosed markup passes the guard (the parser reads it as one comment/text), and deep or busy markup is refused", () => {
    for (const [, make] of HOSTILE_HTML) expect(() => guardMarkup(make(10 * MB), "html", "The HTML")).not.toThrow();
    const refusal = (html: string) => {
      try {
        guardMarkup(html, "html", "The HTML");
      } catch (e) {
        return e instanceof AppError ? e.code : e;
      }
      return null;
    };
    expect(refusal(fill("<div>")(10 * MB))).toBe("BAD_REQUEST");
    expect(refusal(fill("<div/>")(10 * MB))).toBe("BAD_REQUEST");
    expect(refusal(fill("<br>")(10 * MB))).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("plain-text import reads hostile text in linear time", () => {
  const spaces = (n: number) => "a" + " ".repeat(n) + "b";
  const toBlocks = (text: string) => textToBlocks(normalizeText(text));

  it("a long run of spaces inside a line (the trailing-space pattern was quadratic): 64 KB", () => {
    expectLinear(spaces(64 * 1024), toBlocks, 50);
  });

  it("a long run of spaces inside a line: 10 MB", () => {
    expectLinear(spaces(10 * MB), toBlocks, 50);
  });

  it("metadata guessing on huge first lines", () => {
    expectLinear("By Ann" + " ".repeat(10 * MB) + "!", guessTextMetadata, 20);
    expectLinear("jan " + "1 jan ".repeat(MB), parseLooseDate, 20);
  });
});
