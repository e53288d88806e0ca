import { describe, expect, it } from "vitest";
import { LOGIN_WINDOW_MS, rateLimitMessage, retryAfterSeconds } from "@/lib/domain/auth-rate-limit";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("login rate-limit window", () => {
  it("is not limited below ten failures", () => {
    expect(retryAfterSeconds(Array.from({ length: 9 }, () => ago(1000)), now)).toBe(0);
  });

  it("lifts when the tenth most recent failure leaves the window", () => {
    const failures = Array.from({ length: 12 }, (_, i) => ago(i * 60_000)); // newest first
    // The 10th newest is 9 minutes old: 6 minutes to go.
    expect(retryAfterSeconds(failures, now)).toBe(6 * 60);
    expect(retryAfterSeconds([...Array.from({ length: 10 }, () => ago(LOGIN_WINDOW_MS))], now)).toBe(0);
  });

  it("says how long to wait in whole minutes", () => {
    expect(rateLimitMessage(720)).toBe("Too many failed sign-in attempts. Try again in 12 minutes.");
    expect(rateLimitMessage(61)).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
    expect(rateLimitMessage(5)).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
  });
});
