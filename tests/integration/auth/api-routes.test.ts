import { describe, expect, it } from "vitest";
import { DELETE as deleteToken } from "@/app/api/me/tokens/[id]/route";
import { GET as listTokens, POST as postToken } from "@/app/api/me/tokens/route";
import { GET as getMeRoute } from "@/app/api/me/route";
import { POST as postSignup } from "@/app/api/signup/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { GOOD_PASSWORD, makeUser, randomEmail, signedInActor } from "./helpers";

const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };

function json(url: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
}

async function tokenFor(userId: string) {
  return (await createApiToken({ actor: await signedInActor(userId), name: "api test" })).secret;
}

describe("POST /api/signup", () => {
  it("creates the account (201) and answers a duplicate with 409 and the error body", async () => {
    const email = randomEmail();
    const ok = await postSignup(json("http://localhost/api/signup", { email, name: "Api User", password: GOOD_PASSWORD }), noParams);
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ user: { email, name: "Api User" } });
    const dup = await postSignup(json("http://localhost/api/signup", { email, name: "Again", password: GOOD_PASSWORD }), noParams);
    expect(dup.status).toBe(409);
    expect(await dup.json()).toEqual({
      error: { code: "CONFLICT", message: "An account with this email already exists.", fieldErrors: { email: ["An account with this email already exists."] } },
    });
  });

  it("answers bad input with 400 and a message, writing nothing", async () => {
    const email = randomEmail();
    const weak = await postSignup(json("http://localhost/api/signup", { email, name: "W", password: "123" }), noParams);
    expect(weak.status).toBe(400);
    expect((await weak.json()).error).toMatchObject({ code: "BAD_REQUEST", message: "password: Use at least 10 characters." });
    const broken = await postSignup(json("http://localhost/api/signup", "{not json"), noParams);
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.message).toBe("The request body is not valid JSON.");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("/api/me with a bearer token", () => {
  it("returns the caller and manages only their own tokens", async () => {
    const user = await makeUser();
    const stranger = await makeUser();
    const secret = await tokenFor(user.id);
    const auth = { authorization: `Bearer ${secret}` };

    const me = await getMeRoute(new Request("http://localhost/api/me", { headers: auth }), noParams);
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ user: { id: user.id, email: user.email, name: user.name } });

    const list = await listTokens(new Request("http://localhost/api/me/tokens", { headers: auth }), noParams);
    const { tokens } = await list.json();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).not.toHaveProperty("tokenHash");

    // A token cannot mint tokens (only a browser session can).
    const mint = await postToken(json("http://localhost/api/me/tokens", { name: "child" }, auth), noParams);
    expect(mint.status).toBe(403);

    const strangersToken = (await createApiToken({ actor: await signedInActor(stranger.id), name: "theirs" })).token;
    const del = await deleteToken(new Request("http://localhost/x", { method: "DELETE", headers: auth }), { params: Promise.resolve({ id: strangersToken.id }) });
    expect(del.status).toBe(404);
    const own = await deleteToken(new Request("http://localhost/x", { method: "DELETE", headers: auth }), { params: Promise.resolve({ id: tokens[0].id }) });
    expect(own.status).toBe(204);

    // Revoked: the very next request with it is a 401 that says why.
    const after = await getMeRoute(new Request("http://localhost/api/me", { headers: auth }), noParams);
    expect(after.status).toBe(401);
    expect((await after.json()).error).toEqual({ code: "UNAUTHENTICATED", message: "This personal access token has been revoked." });
  });
});
