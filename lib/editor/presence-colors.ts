/**
 * Presence colours for carets, selections and avatars. Deterministic per user id so a person keeps
 * the same colour across tabs, reloads and collaborators' screens. Every colour is dark enough for
 * white text (labels, initials) to meet WCAG AA (4.5:1); the caret extension accepts #rrggbb only.
 */
export const PRESENCE_COLORS = [
  "#1d4ed8", // blue-700
  "#b91c1c", // red-700
  "#047857", // emerald-700
  "#7e22ce", // purple-700
  "#b45309", // amber-700
  "#0e7490", // cyan-700
  "#be185d", // pink-700
  "#4d7c0f", // lime-700
  "#c2410c", // orange-700
  "#4338ca", // indigo-700
] as const;

export function presenceColor(userId: string): string {
  // FNV-1a: cheap, stable across runtimes, spreads similar uuids apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return PRESENCE_COLORS[(hash >>> 0) % PRESENCE_COLORS.length]!;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** A colour from elsewhere (token route, awareness) if it is a usable #rrggbb, else ours. */
export function safePresenceColor(color: unknown, userId: string): string {
  return typeof color === "string" && HEX_COLOR.test(color) ? color : presenceColor(userId);
}

/** Up to two initials for an avatar: "Ada Lovelace" → "AL", "reviewer1@example.com" → "R". */
export function initials(name: string): string {
  const words = name
    .replace(/@.*$/, "")
    .split(/[\s._-]+/u)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return "?";
  const first = [...words[0]!][0] ?? "";
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? "") : "";
  return (first + last).toLocaleUpperCase();
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of white text on `background` (#rrggbb). */
export function contrastWithWhite(background: string): number {
  return 1.05 / (luminance(background) + 0.05);
}

/**
 * White or near-black, whichever reads better on `background` (#rrggbb). Colours come from the
 * collab server, which owns names and colours in awareness; not all of them are dark enough for
 * white text, so the label picks its own ink.
 */
export function readableTextColor(background: string): "#ffffff" | "#0f172a" {
  if (!HEX_COLOR.test(background)) return "#ffffff";
  const l = luminance(background);
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (luminance("#0f172a") + 0.05);
  return onWhite >= onDark ? "#ffffff" : "#0f172a";
}
