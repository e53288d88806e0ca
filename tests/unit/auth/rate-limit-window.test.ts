import { describe, expect, it } from "vitest";
import {
  accountBackoffMs,
  accountRetryAfterSeconds,
  LOGIN_WINDOW_MS,
  rateLimitMessage,
  retryAfterSeconds,
  signUpRateLimitMessage,
} from "@/lib/domain/auth-rate-limit";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("per-IP sliding window", () => {
  it("is not limited below ten failures", () => {
    expect(retryAfterSeconds(Array.from({ length: 9 }, () => ago(1000)), now)).toBe(0);
  });

  it("lifts when the tenth most recent failure leaves the window", () => {
    const failures = Array.from({ length: 12 }, (_, i) => ago(i * 60_000)); // newest first
    // The 10th newest is 9 minutes old: 6 minutes to go.
    expect(retryAfterSeconds(failures, now)).toBe(6 * 60);
    expect(retryAfterSeconds([...Array.from({ length: 10 }, () => ago(LOGIN_WINDOW_MS))], now)).toBe(0);
  });

  it("takes another size and window (the sign-up limit)", () => {
    expect(retryAfterSeconds(Array.from({ length: 30 }, () => ago(10 * 60_000)), now, 30, 60 * 60_000)).toBe(50 * 60);
    expect(retryAfterSeconds(Array.from({ length: 29 }, () => ago(0)), now, 30, 60 * 60_000)).toBe(0);
  });
});

describe("per-account back-off", () => {
  it("is free for five failures, then doubles from 15 s and stops growing at 5 minutes", () => {
    expect(Array.from({ length: 13 }, (_, n) => accountBackoffMs(n) / 1000)).toEqual([0, 0, 0, 0, 0, 15, 30, 60, 120, 240, 300, 300, 300]);
    expect(accountBackoffMs(1_000_000)).toBe(300_000);
  });

  it("counts from the newest failure", () => {
    const six = Array.from({ length: 6 }, (_, i) => ago(10_000 + i * 1000));
    expect(accountRetryAfterSeconds(six, now)).toBe(20); // 30 s back-off, newest 10 s ago
    expect(accountRetryAfterSeconds(six, new Date(now.getTime() + 20_000))).toBe(0);
    expect(accountRetryAfterSeconds([], now)).toBe(0);
  });

  it("never waits while the back-off is zero, even for a failure stamped a moment after our clock", () => {
    expect(accountRetryAfterSeconds([new Date(now.getTime() + 50)], now)).toBe(0);
  });
});

describe("messages", () => {
  it("say how long to wait, in seconds below a minute and whole minutes above", () => {
    expect(rateLimitMessage(720)).toBe("Too many failed sign-in attempts. Try again in 12 minutes.");
    expect(rateLimitMessage(61)).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
    expect(rateLimitMessage(15)).toBe("Too many failed sign-in attempts. Try again in 15 seconds.");
    expect(rateLimitMessage(1)).toBe("Too many failed sign-in attempts. Try again in 1 second.");
    expect(signUpRateLimitMessage(3600)).toBe("Too many accounts were created from your network recently. Try again in 60 minutes.");
  });
});
