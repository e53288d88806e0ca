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
    const by = line.length <= 80 ? /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|and|y))*)\s*$/u.exec(line) : null;
    if (by && !out.author) out.author = by[1];
    else if (!out.sourceUrl && line.length <= 2000 && /^https?:\/\/\S+$/i.test(line)) out.sourceUrl = line;
    else if (!out.publishedAt && line.length <= 60) {
      const d = parseLooseDate(line);
      if (d) out.publishedAt = d;
    }
  }
  return out;
}
