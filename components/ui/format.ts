/** How the UI writes times, dates and sizes (all in English, times in UTC unless said). */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 hours ago" for recent times; rendered on the server, so no hydration drift. */
export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const fmt = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return fmt.format(Math.round(seconds / size), unit);
  return "just now";
}

/** "4 Mar 2011, 14:05 UTC": the tooltip beside a relative time. */
export function absoluteTime(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** "2011-03-04" (a calendar date, no time zone) → "4 March 2011". */
export function formatCalendarDate(ymd: string): string {
  return dateFormat.format(new Date(`${ymd}T00:00:00Z`));
}

/** "4 Mar 2011, 14:05 UTC". */
export function formatInstant(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

export function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 ** 2).toFixed(1)} MB`;
}

const shortDateFmt = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric" });

/** "Mar 4, 2026" (account pages); takes a Date or the ISO string a DTO carries. */
export function formatDate(d: Date | string): string {
  return shortDateFmt.format(new Date(d));
}

/** "just now", "5 minutes ago", "3 days ago"; past a month, the date. */
export function timeAgo(d: Date | string, now = new Date()): string {
  const s = Math.round((now.getTime() - new Date(d).getTime()) / 1000);
  if (s < 60) return "just now";
  const units: [number, string][] = [
    [60, "minute"],
    [3600, "hour"],
    [86400, "day"],
  ];
  for (let i = units.length - 1; i >= 0; i--) {
    const [size, name] = units[i]!;
    if (s >= size && s < 30 * 86400) {
      const n = Math.floor(s / size);
      return `${n} ${name}${n === 1 ? "" : "s"} ago`;
    }
  }
  return `on ${formatDate(d)}`;
}
