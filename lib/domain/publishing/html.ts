/**
 * A tagged template for the public pages' HTML: every interpolated value is escaped unless it is
 * already `SafeHtml` (built by this same tag), so user-written text can never become markup. The
 * public pages are plain HTML strings rendered by route handlers: no React runtime shipped, no
 * client JavaScript at all. Pure.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type TValue = SafeHtml | string | number | null | undefined | false | readonly TValue[];

function render(v: TValue): string {
  if (v === null || v === undefined || v === false) return "";
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: TValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Markup we produced ourselves and checked (JSON-LD through jsonForScript). */
export const trusted = (s: string) => new SafeHtml(s);

/** Only http(s) and mailto links leave our pages as links; anything else is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" || u.protocol === "mailto:" ? u.toString() : null;
  } catch {
    return null;
  }
}
