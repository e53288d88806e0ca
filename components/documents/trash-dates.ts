const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dayAndTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** "4 December 2026, 21:13 UTC": when a document went to the trash. */
export const trashedOn = (iso: string) => `${dayAndTime.format(new Date(iso))} UTC`;
/** "3 January 2027": the day it is purged for good. */
export const purgedOn = (iso: string) => day.format(new Date(iso));
