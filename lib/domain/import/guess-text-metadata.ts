/**
 * What the top of a pasted article usually says about itself: a byline ("By Jane Roe"), a
 * dateline ("Aug 20, 2025", "2025-08-20") and the address it was copied from. Only the first
 * few lines are looked at, so a date or URL quoted inside the story is never taken for these.
 */
export type TTextMetadata = { author?: string; publishedAt?: string; sourceUrl?: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A calendar date written the ways news sites write it, as YYYY-MM-DD, or undefined. */
export function parseLooseDate(input: string): string | undefined {
  // A date is written near the start of whatever holds it (a dateline, an ISO timestamp); the cap keeps the patterns below cheap on hostile metadata.
  const s = input.slice(0, 200);
  const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(s);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  for (const [mon, day, year] of [
    monthFirst ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!] : null,
    dayFirst ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!] : null,
  ].filter((x): x is string[] => x !== null)) {
    const m = MONTHS.indexOf(mon!.slice(0, 3).toLowerCase());
    if (m >= 0) return iso(Number(year), m + 1, Number(day));
  }
  return undefined;
}

const BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|and|y))*)\s*$/u;

/** What a line at the top of an article says about it, if it is a byline, a dateline or the article's address. */
export function readMetadataLine(raw: string): { author: string } | { publishedAt: string } | { sourceUrl: string } | null {
  const line = raw.trim();
  const by = line.length <= 80 ? BYLINE.exec(line) : null;
  if (by) return { author: by[1]! };
  if (line.length <= 2000 && /^https?:\/\/\S+$/i.test(line)) return { sourceUrl: line };
  if (line.length <= 60) {
    const d = parseLooseDate(line);
    if (d) return { publishedAt: d };
  }
  return null;
}

export function guessTextMetadata(text: string): TTextMetadata {
  // The first lines only, without splitting a 10 MB paste: 8 non-empty lines fit in far less than this.
  const head = text
    .slice(0, 16 * 1024)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 8);
  const out: TTextMetadata = {};
  for (const line of head) {
    const found = readMetadataLine(line);
    if (!found) continue;
    if ("author" in found) out.author ??= found.author;
    else if ("sourceUrl" in found) out.sourceUrl ??= found.sourceUrl;
    else out.publishedAt ??= found.publishedAt;
  }
  return out;
}

const ABBREVIATION = /(?:^|[\s(])(?:(?:\p{Lu}\.)*\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Adm|Lt|Col|Sgt|Capt|St|Jr|Sr|No|Vol|Inc|Corp|vs)\.$/u;

/**
 * A title for text that has none: its first sentence, whole, when it is short enough to be one;
 * otherwise its first words up to `max`, marked with an ellipsis as cut.
 */
export function titleFromText(text: string, max: number): string | undefined {
  const first = text.trimStart().slice(0, 2000).split("\n", 1)[0]!.replace(/\s+/g, " ").trim();
  if (!first) return undefined;
  // A sentence ends at . ! ? (and closing quotes) before a capital letter or the end, but not after "U.S." or "Gen.".
  let sentence = first;
  for (const end of first.matchAll(/[.!?…]["'”’)\]]*(?=\s+["'“‘(]?\p{Lu}|$)/gu)) {
    if (end[0][0] === "." && ABBREVIATION.test(first.slice(Math.max(0, end.index - 12), end.index + 1))) continue;
    sentence = first.slice(0, end.index + end[0].length);
    break;
  }
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "") + "…";
}
