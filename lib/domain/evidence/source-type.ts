/** What kind of thing a source is; the fact-checkers' codes ask that readers can weigh each one. */
export const SOURCE_TYPES = [
  "OFFICIAL_RECORD",
  "STATEMENT",
  "NEWS_REPORT",
  "ACADEMIC_WORK",
  "DATASET",
  "SOCIAL_MEDIA_POST",
  "INTERVIEW",
  "OTHER",
] as const;
export type TSourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_TYPE_LABELS: Record<TSourceType, string> = {
  OFFICIAL_RECORD: "Official record",
  STATEMENT: "Statement",
  NEWS_REPORT: "News report",
  ACADEMIC_WORK: "Academic work",
  DATASET: "Dataset",
  SOCIAL_MEDIA_POST: "Social media post",
  INTERVIEW: "Interview",
  OTHER: "Other",
};

/** How a source is held: a web page we capture, an uploaded file, or only a description (a call, a printed record). */
export type TSourceKind = "URL" | "FILE" | "OFFLINE";
