/** How a claim's due date reads on a given day. Pure: "today" is passed in (a UTC YYYY-MM-DD). */
export type TDueState = "overdue" | "today" | "tomorrow" | "soon" | "later";

const DAY_MS = 86_400_000;
const dayNumber = (ymd: string) => Math.floor(Date.parse(`${ymd}T00:00:00Z`) / DAY_MS);

/** "soon" is within the next `soonDays` days (default a week), so a week's work shows up early. */
export function dueState(dueYmd: string, todayYmd: string, soonDays = 7): TDueState {
  const diff = dayNumber(dueYmd) - dayNumber(todayYmd);
  if (diff < 0) return "overdue";
  if (diff === 0) return "today";
  if (diff === 1) return "tomorrow";
  return diff <= soonDays ? "soon" : "later";
}

/** Claims still on someone's desk: published and corrected ones are finished work. */
export const OPEN_CLAIM_STATUSES = ["DRAFT", "RESEARCHING", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;

export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);
