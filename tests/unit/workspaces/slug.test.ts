import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS, SLUG_MAX, slugFromName, slugProblem, withSlugSuffix } from "@/lib/domain/slug";
import { invitationState } from "@/lib/domain/workspace";

describe("slugProblem", () => {
  it.each(["abc", "demo", "fact-check-2026", "a1b", "x".repeat(SLUG_MAX)])("accepts %s", (s) => {
    expect(slugProblem(s)).toBeNull();
  });
  it.each([
    ["ab", "at least 3"],
    ["x".repeat(SLUG_MAX + 1), "at most 40"],
    ["Upper", "lowercase"],
    ["with space", "lowercase"],
    ["-lead", "lowercase"],
    ["trail-", "lowercase"],
    ["dou--ble", "lowercase"],
    ["ünï", "lowercase"],
    ["a_b", "lowercase"],
  ])("refuses %s", (s, msg) => {
    expect(slugProblem(s)).toMatch(new RegExp(msg));
  });
  it("refuses every reserved word", () => {
    for (const s of RESERVED_SLUGS) if (s.length >= 3 && /^[a-z0-9-]+$/.test(s)) expect(slugProblem(s)).toMatch(/reserved/);
    expect(slugProblem("dashboard")).toMatch(/reserved/);
    expect(slugProblem("api")).toMatch(/reserved/);
  });
});

describe("slugFromName", () => {
  it("lowercases, drops accents and joins words with single hyphens", () => {
    expect(slugFromName("  Le Café — Vérité Desk!! ")).toBe("le-cafe-verite-desk");
    expect(slugFromName("ACME   Fact_Check 2026")).toBe("acme-fact-check-2026");
  });
  it("stays within the length limit without a trailing hyphen", () => {
    const s = slugFromName("word ".repeat(30));
    expect(s.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(s.endsWith("-")).toBe(false);
    expect(slugProblem(s)).toBeNull();
  });
  it("returns something a suffix can repair when the name has no usable characters", () => {
    expect(slugFromName("!!!")).toBe("");
    expect(slugProblem(withSlugSuffix("", "a1b2c3"))).toBeNull();
    expect(slugProblem(withSlugSuffix("ab", "a1b2c3"))).toBeNull();
    expect(withSlugSuffix("x".repeat(40), "abc123")).toHaveLength(SLUG_MAX);
  });
});

describe("invitationState", () => {
  const now = new Date("2026-01-10T00:00:00Z");
  const future = new Date("2026-01-11T00:00:00Z");
  const past = new Date("2026-01-09T00:00:00Z");
  it("is pending, expired, revoked or accepted", () => {
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: future }, now)).toBe("pending");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: past }, now)).toBe("expired");
    expect(invitationState({ acceptedAt: null, revokedAt: past, expiresAt: past }, now)).toBe("revoked");
    expect(invitationState({ acceptedAt: past, revokedAt: null, expiresAt: past }, now)).toBe("accepted");
  });
});
