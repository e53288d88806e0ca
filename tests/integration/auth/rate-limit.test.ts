import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ACCOUNT_BACKOFF_CAP_MS, LOGIN_WINDOW_MS } from "@/lib/domain/auth-rate-limit";
import { issueKnownDeviceCookie } from "@/lib/server/auth/known-device-cookie";
import { INVALID_CREDENTIALS_MESSAGE, verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { errorOf, makeUser, randomEmail, randomIp } from "./helpers";

async function failTimes(n: number, email: string, ipFor: (i: number) => string, deviceCookie?: string | null) {
  for (let i = 0; i < n; i++) {
    const err = await errorOf(verifyCredentials({ email, password: `wrong-password-${i}`, ip: ipFor(i), deviceCookie }));
    expect(err).toMatchObject({ code: "UNAUTHENTICATED", message: INVALID_CREDENTIALS_MESSAGE });
  }
}

/** What authorize() sets after a successful sign-in: this browser is now a known device of `email`. */
async function knownDeviceOf(user: { email: string; password: string }, ip: string) {
  await verifyCredentials({ email: user.email, password: user.password, ip });
  return issueKnownDeviceCookie({ cookie: null, email: user.email, now: new Date() })!;
}

/** `n` failures for the account, each from its own IP, `agoMs` before now. */
async function seedFailures(email: string, n: number, agoMs: number) {
  const at = new Date(Date.now() - agoMs);
  await db.loginAttempt.createMany({ data: Array.from({ length: n }, () => ({ email, ip: randomIp(), success: false, createdAt: at })) });
}

describe("sign-in throttling", () => {
  it("a stranger's 50 wrong guesses from other IPs never stop the owner signing in from a known device", async () => {
    const owner = await makeUser();
    const ownerIp = randomIp();
    const device = await knownDeviceOf(owner, ownerIp);

    const outcomes = [];
    for (let i = 0; i < 50; i++) outcomes.push((await errorOf(verifyCredentials({ email: owner.email, password: `guess-${i}`, ip: randomIp() })))?.code);
    // Five free guesses, then the back-off refuses the rest without checking them.
    expect(outcomes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(5);
    expect(outcomes.filter((c) => c === "RATE_LIMITED")).toHaveLength(45);

    await expect(verifyCredentials({ email: owner.email, password: owner.password, ip: ownerIp, deviceCookie: device })).resolves.toMatchObject({ id: owner.id });
    // Known from another network too (a laptop moving from office to home).
    await expect(verifyCredentials({ email: owner.email, password: owner.password, ip: randomIp(), deviceCookie: device })).resolves.toMatchObject({ id: owner.id });
  });

  it("delays an unknown device under attack for minutes at most, never a lock-out", async () => {
    const owner = await makeUser();
    await seedFailures(owner.email, 40, 1000);
    const err = await errorOf(verifyCredentials({ email: owner.email, password: owner.password, ip: randomIp() }));
    expect(err).toMatchObject({ code: "RATE_LIMITED", message: "Too many failed sign-in attempts. Try again in 5 minutes." });
    expect(err?.retryAfter).toBeLessThanOrEqual(ACCOUNT_BACKOFF_CAP_MS / 1000);

    const patient = await makeUser();
    await seedFailures(patient.email, 40, ACCOUNT_BACKOFF_CAP_MS + 1000);
    await expect(verifyCredentials({ email: patient.email, password: patient.password, ip: randomIp() })).resolves.toMatchObject({ id: patient.id });
  });

  it("grows the back-off with each failure: 5 free, then 15 s, 30 s, 1, 2, 4 and at most 5 minutes", async () => {
    const expected: [number, number][] = [[4, 0], [5, 15], [6, 30], [7, 60], [8, 120], [9, 240], [10, 300], [14, 300]];
    for (const [failures, seconds] of expected) {
      const user = await makeUser();
      // Two seconds ago: the wait left is the back-off minus two seconds (a little less on a slow machine).
      await seedFailures(user.email, failures, 2000);
      const err = await errorOf(verifyCredentials({ email: user.email, password: user.password, ip: randomIp() }));
      if (seconds === 0) expect(err, `${failures} failures`).toBeNull();
      else {
        expect(err?.retryAfter, `${failures} failures`).toBeLessThanOrEqual(seconds - 2);
        expect(err?.retryAfter, `${failures} failures`).toBeGreaterThan(seconds - 7);
      }
    }
  });

  it("counts the back-off from the last success and forgets failures after an hour", async () => {
    const user = await makeUser();
    await seedFailures(user.email, 9, 60_000);
    await db.loginAttempt.create({ data: { email: user.email, ip: randomIp(), success: true, createdAt: new Date(Date.now() - 30_000) } });
    await expect(verifyCredentials({ email: user.email, password: user.password, ip: randomIp() })).resolves.toMatchObject({ id: user.id });

    const other = await makeUser();
    await seedFailures(other.email, 20, 61 * 60_000);
    await seedFailures(other.email, 4, 1000);
    await expect(verifyCredentials({ email: other.email, password: other.password, ip: randomIp() })).resolves.toMatchObject({ id: other.id });
  });

  it("a device cookie helps only the account it was issued for, and not once forged", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const device = await knownDeviceOf(owner, randomIp());
    await seedFailures(other.email, 10, 1000);
    expect((await errorOf(verifyCredentials({ email: other.email, password: other.password, ip: randomIp(), deviceCookie: device })))?.code).toBe("RATE_LIMITED");

    // After the success knownDeviceOf recorded: the back-off counts failures since the last success.
    await seedFailures(owner.email, 10, 0);
    const [nonce, issued, sig] = device.split(".") as [string, string, string];
    const tampered = [
      `${nonce}.${(parseInt(issued, 36) + 1).toString(36)}.${sig}`,
      `${nonce.slice(0, -1)}${nonce.endsWith("A") ? "B" : "A"}.${issued}.${sig}`,
      "garbage",
      `${device}~${device}`.repeat(20),
    ];
    for (const deviceCookie of tampered) {
      expect((await errorOf(verifyCredentials({ email: owner.email, password: owner.password, ip: randomIp(), deviceCookie })))?.code).toBe("RATE_LIMITED");
    }
    await expect(verifyCredentials({ email: owner.email, password: owner.password, ip: randomIp(), deviceCookie: device })).resolves.toMatchObject({ id: owner.id });
  });

  it("a known device that guesses wrong ten times is treated as unknown (a stolen cookie buys no guesses)", async () => {
    const owner = await makeUser();
    const device = await knownDeviceOf(owner, randomIp());
    // From fresh IPs each time so only the device and account rules are in play.
    await failTimes(10, owner.email, () => randomIp(), device);
    const err = await errorOf(verifyCredentials({ email: owner.email, password: owner.password, ip: randomIp(), deviceCookie: device }));
    expect(err?.code).toBe("RATE_LIMITED");
    expect(await db.loginAttempt.count({ where: { email: owner.email, success: false, device: { not: null } } })).toBe(10);
  });

  it("stops brute force from one IP across accounts, known device or not, without revealing which accounts exist", async () => {
    const ip = randomIp();
    const victim = await makeUser();
    const device = await knownDeviceOf(victim, randomIp());
    // Unknown emails answer exactly like wrong passwords and still count against the IP.
    for (let i = 0; i < 10; i++) {
      const err = await errorOf(verifyCredentials({ email: randomEmail("ghost"), password: "whatever-it-is", ip }));
      expect(err).toMatchObject({ code: "UNAUTHENTICATED", message: INVALID_CREDENTIALS_MESSAGE });
    }
    for (const deviceCookie of [null, device]) {
      const err = await errorOf(verifyCredentials({ email: victim.email, password: victim.password, ip, deviceCookie }));
      expect(err).toMatchObject({ code: "RATE_LIMITED", message: "Too many failed sign-in attempts. Try again in 15 minutes." });
      expect(err?.retryAfter).toBeGreaterThan(14 * 60);
    }
    // The same account from another IP is fine: the IP was the problem, not the account.
    await expect(verifyCredentials({ email: victim.email, password: victim.password, ip: randomIp() })).resolves.toMatchObject({ id: victim.id });
  });

  it("lifts the IP limit when its tenth newest failure leaves the 15-minute window", async () => {
    const user = await makeUser();
    const ip = randomIp();
    const now = Date.now();
    await db.loginAttempt.createMany({ data: Array.from({ length: 20 }, () => ({ email: randomEmail(), ip, success: false, createdAt: new Date(now - LOGIN_WINDOW_MS - 60_000) })) });
    await expect(verifyCredentials({ email: user.email, password: user.password, ip })).resolves.toMatchObject({ id: user.id });

    // Ten failures spread over the window: the limit lifts when the oldest of them leaves it (in ~3 minutes).
    const spread = Array.from({ length: 10 }, (_, i) => ({ email: randomEmail(), ip, success: false, createdAt: new Date(now - 12 * 60_000 + i * 60_000) }));
    await db.loginAttempt.createMany({ data: spread });
    const err = await errorOf(verifyCredentials({ email: user.email, password: user.password, ip }));
    expect(err).toMatchObject({ code: "RATE_LIMITED", message: "Too many failed sign-in attempts. Try again in 3 minutes." });
    expect(err?.retryAfter).toBeGreaterThan(2 * 60);
    expect(err?.retryAfter).toBeLessThanOrEqual(3 * 60);
  });

  it("holds the back-off under parallel guessing, and refused guesses are not recorded", async () => {
    const user = await makeUser();
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => errorOf(verifyCredentials({ email: user.email, password: `guess-${i}`, ip: randomIp() }))),
    );
    expect(results.filter((r) => r?.code === "UNAUTHENTICATED")).toHaveLength(5);
    expect(results.filter((r) => r?.code === "RATE_LIMITED")).toHaveLength(11);
    expect(await db.loginAttempt.count({ where: { email: user.email, success: false } })).toBe(5);
  });
});
