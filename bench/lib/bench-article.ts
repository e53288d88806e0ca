import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type TBenchArticle = { name: string; text: string; synthetic: boolean };

const CORPUS = path.resolve(process.env.CORPUS_DIR ?? path.join(process.cwd(), "..", "shared", "corpus"));
const WORDS = 6700;

/**
 * The largest article of the shared corpus, read at run time (its text is not ours to copy into
 * the project). Without the corpus: a generated article of the same length, and the output says so.
 */
export function loadBenchArticle(): TBenchArticle {
  if (existsSync(CORPUS)) {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt"));
    const largest = files
      .map((f) => ({ name: f, text: readFileSync(path.join(CORPUS, f), "utf8") }))
      .sort((a, b) => b.text.split(/\s+/).length - a.text.split(/\s+/).length)[0];
    if (largest) return { ...largest, synthetic: false };
  }
  return { name: `synthetic-${WORDS}-words (corpus not found at ${CORPUS})`, text: syntheticArticle(WORDS), synthetic: true };
}

function syntheticArticle(words: number): string {
  const vocabulary =
    "officials said the agency report border operation weapons traced investigators according documents congress hearing witnesses claimed evidence smuggling cartel program federal agents records showed statement spokesperson denied allegations timeline published".split(
      " ",
    );
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const paragraphs: string[] = ["A synthetic article for the editor benchmark"];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 4 + Math.floor(next() * 4); s++) {
      const n = 8 + Math.floor(next() * 14);
      const w = Array.from({ length: n }, () => vocabulary[Math.floor(next() * vocabulary.length)]!);
      w[0] = w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1);
      sentences.push(`${w.join(" ")}.`);
      count += n;
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}
