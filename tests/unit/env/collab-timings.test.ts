import { describe, expect, it } from "vitest";
import { collabTimings } from "@/lib/env";

describe("collabTimings", () => {
  it("is empty when nothing is set, so the collab server's defaults apply", () => {
    expect(collabTimings({ COLLAB_PORT: "1234", COLLAB_DEBOUNCE_MS: "" })).toEqual({});
  });

  it("reads each setting as whole milliseconds", () => {
    expect(
      collabTimings({
        COLLAB_DEBOUNCE_MS: "50",
        COLLAB_MAX_DEBOUNCE_MS: "200",
        COLLAB_ACCESS_RECHECK_MS: "1000",
        COLLAB_WRITE_RECHECK_MS: "0",
        COLLAB_CLAIMS_CHANGED_INTERVAL_MS: "300",
      }),
    ).toEqual({ debounceMs: 50, maxDebounceMs: 200, accessRecheckMs: 1000, writeRecheckMs: 0, claimsChangedIntervalMs: 300 });
  });

  it("refuses what would silently misconfigure the server", () => {
    expect(() => collabTimings({ COLLAB_DEBOUNCE_MS: "soon" })).toThrow(/COLLAB_DEBOUNCE_MS/);
    expect(() => collabTimings({ COLLAB_DEBOUNCE_MS: "-1" })).toThrow(/COLLAB_DEBOUNCE_MS/);
    expect(() => collabTimings({ COLLAB_DEBOUNCE_MS: "1.5" })).toThrow(/COLLAB_DEBOUNCE_MS/);
    expect(() => collabTimings({ COLLAB_ACCESS_RECHECK_MS: "0" })).toThrow(/COLLAB_ACCESS_RECHECK_MS/);
    expect(() => collabTimings({ COLLAB_DEBOUNCE_MS: "500", COLLAB_MAX_DEBOUNCE_MS: "100" })).toThrow(/COLLAB_MAX_DEBOUNCE_MS/);
  });
});
