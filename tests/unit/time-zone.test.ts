import { describe, expect, it } from "vitest";
import { addDays, isTimeZone, localDay, localHour, timeZoneNames } from "@/lib/domain/time-zone";

describe("time zones", () => {
  it("knows IANA names and refuses anything else", () => {
    for (const tz of ["UTC", "America/New_York", "Pacific/Auckland", "Asia/Kolkata"]) expect(isTimeZone(tz)).toBe(true);
    for (const tz of ["", "Mars/Olympus", "EST5EDT;DROP", "x".repeat(80)]) expect(isTimeZone(tz)).toBe(false);
    expect(timeZoneNames()[0]).toBe("UTC");
    expect(timeZoneNames()).toContain("Europe/Berlin");
  });

  it("tells the local day and hour, across the date line and daylight saving", () => {
    const at = new Date("2026-12-05T11:30:00Z");
    expect(localDay(at, "UTC")).toBe("2026-12-05");
    expect(localDay(at, "Pacific/Auckland")).toBe("2026-12-06"); // UTC+13 in (southern) summer
    expect(localDay(new Date("2026-12-05T03:00:00Z"), "America/Los_Angeles")).toBe("2026-12-04");
    expect(localHour(at, "America/New_York")).toBe(6); // UTC−5 in winter
    expect(localHour(new Date("2026-07-05T11:30:00Z"), "America/New_York")).toBe(7); // UTC−4 in summer
    expect(localHour(new Date("2026-12-05T00:30:00Z"), "UTC")).toBe(0);
  });

  it("moves calendar days, over month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });
});
