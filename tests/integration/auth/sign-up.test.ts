import { describe, expect, it } from "vitest";
import { POST as postSignup } from "@/app/api/signup/route";
import { db } from "@/lib/db";
import { SIGNUP_MAX_PER_WINDOW, SIGNUP_WINDOW_MS } from "@/lib/domain/auth-rate-limit";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { signUp } from "@/lib/server/users/sign-up";
import { errorOf, GOOD_PASSWORD, randomEmail, randomIp } from "./helpers";

async function userCount() {
  return db.user.count();
}

describe("sign-up", () => {
  it("creates a user with a normalised email and an argon2id hash that signs in", async () => {
    const email = randomEmail("Mixed");
    const user = await signUp({ email: `  ${email.toUpperCase()} `, name: "  Ada  ", password: GOOD_PASSWORD, ip: randomIp() });
    expect(user).toMatchObject({ email: email.toLowerCase(), name: "Ada" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(verifyCredentials({ email, password: GOOD_PASSWORD, ip: randomIp() })).resolves.toMatchObject({ id: user.id });
  });

  it.each([
    ["a malformed email", { email: "not-an-email", name: "X", password: GOOD_PASSWORD }, "email: Enter a valid email address, like name@example.com."],
    ["a missing name", { email: randomEmail(), name: "   ", password: GOOD_PASSWORD }, "name: Enter your name."],
    ["a short password", { email: randomEmail(), name: "X", password: "short1!" }, "password: Use at least 10 characters."],
    ["a common password", { email: randomEmail(), name: "X", password: "Password123" }, "password: This password is one of the most common ones. Choose something harder to guess."],
  ])("refuses %s with a clear message and writes nothing", async (_label, input, message) => {
    const before = await userCount();
    const err = await errorOf(signUp({ ...input, ip: randomIp() }));
    expect(err).toMatchObject({ code: "BAD_REQUEST", message });
    expect(await db.user.count({ where: { email: input.email.trim().toLowerCase() } })).toBe(0);
    // Other tests run in parallel and add users; ours must not be among them.
    expect(await userCount()).toBeGreaterThanOrEqual(before);
  });

  it("refuses a password containing the email's local part", async () => {
    const email = `zebediah-${Date.now()}@test.example`;
    const err = await errorOf(signUp({ email, name: "Z", password: `my-${email.split("@")[0]}-secret`, ip: randomIp() }));
    expect(err?.code).toBe("BAD_REQUEST");
    expect(err?.fieldErrors?.password).toEqual(["Don't use your email address (or the part before the @) in your password."]);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a duplicate email (any case) with 409 and keeps one row", async () => {
    const email = randomEmail();
    await signUp({ email, name: "First", password: GOOD_PASSWORD, ip: randomIp() });
    const err = await errorOf(signUp({ email: email.toUpperCase(), name: "Second", password: GOOD_PASSWORD, ip: randomIp() }));
    expect(err).toMatchObject({ code: "CONFLICT", message: "An account with this email already exists." });
    expect(err?.status).toBe(409);
    const rows = await db.user.findMany({ where: { email } });
    expect(rows.map((r) => r.name)).toEqual(["First"]);
  });

  it("turns a simultaneous duplicate sign-up into a 409, not a 500", async () => {
    const email = randomEmail();
    const results = await Promise.all([1, 2, 3].map((i) => errorOf(signUp({ email, name: `Racer ${i}`, password: GOOD_PASSWORD, ip: randomIp() }))));
    expect(results.filter((r) => r === null)).toHaveLength(1);
    for (const r of results.filter((r) => r !== null)) expect(r).toMatchObject({ code: "CONFLICT" });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  describe("rate limit per IP", () => {
    const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
    const post = (ip: string, body: unknown) =>
      postSignup(new Request("http://localhost/api/signup", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": ip }, body: JSON.stringify(body) }), noParams);

    it(`allows ${SIGNUP_MAX_PER_WINDOW} attempts an hour from one IP, then answers 429 with Retry-After; other IPs are unaffected`, async () => {
      const ip = randomIp();
      // Attempts that end in a 409 count too (the 409 is what tells an email has an account).
      const taken = randomEmail();
      await signUp({ email: taken, name: "Taken", password: GOOD_PASSWORD, ip: randomIp() });
      expect((await errorOf(signUp({ email: taken, name: "Again", password: GOOD_PASSWORD, ip })))?.code).toBe("CONFLICT");
      for (let i = 1; i < SIGNUP_MAX_PER_WINDOW; i++) await signUp({ email: randomEmail("burst"), name: `Burst ${i}`, password: GOOD_PASSWORD, ip });

      const email = randomEmail("refused");
      const res = await post(ip, { email, name: "One Too Many", password: GOOD_PASSWORD });
      expect(res.status).toBe(429);
      const retryAfter = Number(res.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(SIGNUP_WINDOW_MS / 1000 - 120);
      expect(retryAfter).toBeLessThanOrEqual(SIGNUP_WINDOW_MS / 1000);
      expect(await res.json()).toMatchObject({ error: { code: "RATE_LIMITED", message: "Too many accounts were created from your network recently. Try again in 60 minutes.", retryAfter } });
      expect(await db.user.count({ where: { email } })).toBe(0);
      // Refused attempts are not recorded, so retrying does not push the window further out.
      expect(await db.signUpAttempt.count({ where: { ip } })).toBe(SIGNUP_MAX_PER_WINDOW);

      expect((await post(randomIp(), { email, name: "Elsewhere", password: GOOD_PASSWORD })).status).toBe(201);
    });

    it("lifts when the oldest counted attempt leaves the hour, and holds under parallel requests", async () => {
      const ip = randomIp();
      const now = Date.now();
      await db.signUpAttempt.createMany({
        data: Array.from({ length: SIGNUP_MAX_PER_WINDOW }, (_, i) => ({ ip, createdAt: new Date(now - SIGNUP_WINDOW_MS + 120_000 + i * 1000) })),
      });
      const err = await errorOf(signUp({ email: randomEmail(), name: "Early", password: GOOD_PASSWORD, ip }));
      expect(err?.code).toBe("RATE_LIMITED");
      expect(err?.retryAfter).toBeGreaterThan(100);
      expect(err?.retryAfter).toBeLessThanOrEqual(120);

      // A fresh IP with one slot left: of three simultaneous attempts exactly one gets through.
      const busy = randomIp();
      await db.signUpAttempt.createMany({ data: Array.from({ length: SIGNUP_MAX_PER_WINDOW - 1 }, () => ({ ip: busy })) });
      const results = await Promise.all([1, 2, 3].map((i) => errorOf(signUp({ email: randomEmail(), name: `Racer ${i}`, password: GOOD_PASSWORD, ip: busy }))));
      expect(results.filter((r) => r === null)).toHaveLength(1);
      expect(results.filter((r) => r?.code === "RATE_LIMITED")).toHaveLength(2);
    });

    it("does not count input the server refuses before touching the database", async () => {
      const ip = randomIp();
      expect((await post(ip, { email: "nope", name: "X", password: GOOD_PASSWORD })).status).toBe(400);
      expect(await db.signUpAttempt.count({ where: { ip } })).toBe(0);
    });
  });
});
