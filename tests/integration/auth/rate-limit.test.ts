import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LOGIN_WINDOW_MS } from "@/lib/domain/auth-rate-limit";
import { INVALID_CREDENTIALS_MESSAGE, verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { errorOf, makeUser, randomEmail, randomIp } from "./helpers";

async function failTimes(n: number, email: string, ipFor: (i: number) => string) {
  for (let i = 0; i < n; i++) {
    const err = await errorOf(verifyCredentials({ email, password: `wrong-password-${i}`, ip: ipFor(i) }));
    expect(err).toMatchObject({ code: "UNAUTHENTICATED", message: INVALID_CREDENTIALS_MESSAGE });
  }
}

describe("login rate limiting", () => {
  it("refuses the 11th attempt for an account, even with the right password, saying when to retry", async () => {
    const user = await makeUser();
    // Different IPs each time: the per-account limit alone must trigger.
    await failTimes(10, user.email, () => randomIp());
    const err = await errorOf(verifyCredentials({ email: user.email, password: user.password, ip: randomIp() }));
    expect(err?.code).toBe("RATE_LIMITED");
    expect(err?.status).toBe(429);
    expect(err?.message).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    expect(err?.retryAfter).toBeGreaterThan(14 * 60);
    expect(err?.retryAfter).toBeLessThanOrEqual(15 * 60);
    // The refused attempt is not recorded, so it does not extend the lock-out.
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(10);
  });

  it("allows the right password after 9 failures", async () => {
    const user = await makeUser();
    const ip = randomIp();
    await failTimes(9, user.email, () => ip);
    await expect(verifyCredentials({ email: user.email, password: user.password, ip })).resolves.toMatchObject({ id: user.id });
  });

  it("limits an IP across accounts, including unknown ones, without revealing which exist", async () => {
    const ip = randomIp();
    const victim = await makeUser();
    // Unknown emails answer exactly like wrong passwords and still count against the IP.
    for (let i = 0; i < 10; i++) {
      const err = await errorOf(verifyCredentials({ email: randomEmail("ghost"), password: "whatever-it-is", ip }));
      expect(err).toMatchObject({ code: "UNAUTHENTICATED", message: INVALID_CREDENTIALS_MESSAGE });
    }
    const err = await errorOf(verifyCredentials({ email: victim.email, password: victim.password, ip }));
    expect(err).toMatchObject({ code: "RATE_LIMITED" });
    expect(err?.message).toMatch(/^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/);
    // The same account from another IP is fine: its own failure count is zero.
    await expect(verifyCredentials({ email: victim.email, password: victim.password, ip: randomIp() })).resolves.toMatchObject({ id: victim.id });
  });

  it("ignores failures older than the 15-minute window and reports retry time from the window", async () => {
    const user = await makeUser();
    const ip = randomIp();
    const now = Date.now();
    const old = new Date(now - LOGIN_WINDOW_MS - 60_000);
    await db.loginAttempt.createMany({ data: Array.from({ length: 20 }, () => ({ email: user.email, ip, success: false, createdAt: old })) });
    await expect(verifyCredentials({ email: user.email, password: user.password, ip })).resolves.toMatchObject({ id: user.id });

    // Ten failures spread over the window: the limit lifts when the oldest of them leaves it (in ~3 minutes).
    const spread = Array.from({ length: 10 }, (_, i) => ({ email: user.email, ip: randomIp(), success: false, createdAt: new Date(now - 12 * 60_000 + i * 60_000) }));
    await db.loginAttempt.createMany({ data: spread });
    const err = await errorOf(verifyCredentials({ email: user.email, password: user.password, ip }));
    expect(err).toMatchObject({ code: "RATE_LIMITED", message: "Too many failed sign-in attempts. Try again in 3 minutes." });
    expect(err?.retryAfter).toBeGreaterThan(2 * 60);
    expect(err?.retryAfter).toBeLessThanOrEqual(3 * 60);
  });

  it("holds the limit under parallel guessing", async () => {
    const user = await makeUser();
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => errorOf(verifyCredentials({ email: user.email, password: `guess-${i}`, ip: randomIp() }))),
    );
    expect(results.filter((r) => r?.code === "UNAUTHENTICATED")).toHaveLength(10);
    expect(results.filter((r) => r?.code === "RATE_LIMITED")).toHaveLength(6);
    expect(await db.loginAttempt.count({ where: { email: user.email, success: false } })).toBe(10);
  });
});
