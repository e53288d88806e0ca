import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { signUp } from "@/lib/server/users/sign-up";
import { errorOf, GOOD_PASSWORD, randomEmail, randomIp } from "./helpers";

async function userCount() {
  return db.user.count();
}

describe("sign-up", () => {
  it("creates a user with a normalised email and an argon2id hash that signs in", async () => {
    const email = randomEmail("Mixed");
    const user = await signUp({ email: `  ${email.toUpperCase()} `, name: "  Ada  ", password: GOOD_PASSWORD });
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
    const err = await errorOf(signUp(input));
    expect(err).toMatchObject({ code: "BAD_REQUEST", message });
    expect(await db.user.count({ where: { email: input.email.trim().toLowerCase() } })).toBe(0);
    // Other tests run in parallel and add users; ours must not be among them.
    expect(await userCount()).toBeGreaterThanOrEqual(before);
  });

  it("refuses a password containing the email's local part", async () => {
    const email = `zebediah-${Date.now()}@test.example`;
    const err = await errorOf(signUp({ email, name: "Z", password: `my-${email.split("@")[0]}-secret` }));
    expect(err?.code).toBe("BAD_REQUEST");
    expect(err?.fieldErrors?.password).toEqual(["Don't use your email address (or the part before the @) in your password."]);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a duplicate email (any case) with 409 and keeps one row", async () => {
    const email = randomEmail();
    await signUp({ email, name: "First", password: GOOD_PASSWORD });
    const err = await errorOf(signUp({ email: email.toUpperCase(), name: "Second", password: GOOD_PASSWORD }));
    expect(err).toMatchObject({ code: "CONFLICT", message: "An account with this email already exists." });
    expect(err?.status).toBe(409);
    const rows = await db.user.findMany({ where: { email } });
    expect(rows.map((r) => r.name)).toEqual(["First"]);
  });

  it("turns a simultaneous duplicate sign-up into a 409, not a 500", async () => {
    const email = randomEmail();
    const results = await Promise.all([1, 2, 3].map((i) => errorOf(signUp({ email, name: `Racer ${i}`, password: GOOD_PASSWORD }))));
    expect(results.filter((r) => r === null)).toHaveLength(1);
    for (const r of results.filter((r) => r !== null)) expect(r).toMatchObject({ code: "CONFLICT" });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });
});
