import { describe, expect, it } from "vitest";
import { dueState, todayUtc } from "@/lib/domain/claims/due-state";

describe("dueState", () => {
  it.each([
    ["2026-12-03", "overdue"],
    ["2025-01-01", "overdue"],
    ["2026-12-04", "today"],
    ["2026-12-05", "tomorrow"],
    ["2026-12-11", "soon"],
    ["2026-12-12", "later"],
  ] as const)("%s seen on 2026-12-04 is %s", (due, state) => {
    expect(dueState(due, "2026-12-04")).toBe(state);
  });

  it("counts calendar days across month and year ends", () => {
    expect(dueState("2027-01-01", "2026-12-31")).toBe("tomorrow");
    expect(dueState("2026-03-01", "2026-02-28")).toBe("tomorrow");
  });

  it("reads today in UTC", () => {
    expect(todayUtc(new Date("2026-12-04T23:59:59Z"))).toBe("2026-12-04");
    expect(todayUtc(new Date("2026-12-05T00:00:00Z"))).toBe("2026-12-05");
  });
});
