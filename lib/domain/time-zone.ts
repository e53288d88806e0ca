/**
 * Calendar days and hours in a named time zone (IANA, e.g. "America/New_York"), for the jobs that
 * act "tomorrow" or "at 07:00": due dates are the newsroom's days (the workspace's zone) and the
 * digest comes in each person's morning (their zone). Pure; Intl does the zone arithmetic, DST
 * included.
 */

export const DEFAULT_TIME_ZONE = "UTC";

/** Whether `tz` names a time zone this runtime knows (Intl refuses unknown names). */
export function isTimeZone(tz: string): boolean {
  if (!tz || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function parts(at: Date, tz: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat("en-US", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" }).formatToParts(at)) {
    out[p.type] = p.value;
  }
  return out;
}

/** The calendar day ("YYYY-MM-DD") it is at `at` in `tz`. */
export function localDay(at: Date, tz: string): string {
  const p = parts(at, tz);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The hour (0–23) it is at `at` in `tz`. */
export function localHour(at: Date, tz: string): number {
  return Number(parts(at, tz).hour);
}

/** `day` ("YYYY-MM-DD") moved by `n` calendar days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Every zone this runtime knows, for a picker (UTC first). */
export function timeZoneNames(): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [DEFAULT_TIME_ZONE, ...all.filter((z) => z !== DEFAULT_TIME_ZONE)];
}
