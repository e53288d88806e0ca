import { describe, expect, it } from "vitest";
import { POST as SIGNUP } from "@/app/api/signup/route";
import { PATCH as PATCH_WORKSPACE } from "@/app/api/w/[slug]/route";
import { POST as IMPORT } from "@/app/api/w/[slug]/documents/route";
import { POST as CREATE_WORKSPACE } from "@/app/api/workspaces/route";
import { db } from "@/lib/db";
import { assertSameOrigin } from "@/lib/server/http/route";
import { call, ctx, errorOf, tokenFor } from "../claims/api";
import { randomEmail } from "../auth/helpers";
import { workspaceWithEveryRole } from "../workspaces/fixtures";

/**
 * Issue 9 §2, CSRF defence in depth. A cross-site page can send a POST without a CORS preflight
 * only with a "simple" content type (text/plain, form encodings), so JSON routes must refuse
 * anything but exactly application/json (`text/plain;application/json` used to pass a substring
 * test). And a browser request riding on the session cookie from another origin is refused by its
 * Origin (or, without one, Sec-Fetch-Site); bearer-token requests are exempt.
 */

const signUpBody = () => JSON.stringify({ email: randomEmail("csrf"), name: "Csrf Test", password: "a long enough passphrase 42" });

function signUp(headers: Record<string, string>) {
  return SIGNUP(new Request("http://localhost/api/signup", { method: "POST", headers, body: signUpBody() }), ctx({}) as never);
}

describe("content type must be exactly application/json", () => {
  it("refuses look-alikes a cross-site form could send without a preflight, accepts parameters", async () => {
    for (const type of ["text/plain;application/json", "text/plain; application/json", "application/jsonx", "application/json-patch+json", "multipart/form-data; application/json", ""]) {
      const res = await signUp(type ? { "content-type": type } : {});
      expect({ type, status: res.status }).toEqual({ type, status: 415 });
      expect((await errorOf(res)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    }
    for (const type of ["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"]) {
      const res = await signUp({ "content-type": type });
      expect({ type, status: res.status }).toEqual({ type, status: 201 });
    }
  });

  it("the document import too (its JSON branch has its own reader)", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.editor.id);
    const body = JSON.stringify({ kind: "text", content: "Sneaky\n\nPosted as text/plain." });
    const res = await IMPORT(call(token, `/api/w/${w.slug}/documents`, { method: "POST", headers: { "content-type": "text/plain;application/json" }, body }), ctx({ slug: w.slug }));
    expect(await errorOf(res)).toMatchObject({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" });
    expect(await db.document.count({ where: { workspaceId: w.ws.id } })).toBe(0);
  });
});

describe("Origin check on cookie-authenticated writes", () => {
  const cookieRequest = (method: string, headers: Record<string, string>, url = "http://localhost/api/workspaces") =>
    new Request(url, { method, headers: { "content-type": "application/json", cookie: "authjs.session-token=whatever", ...headers }, ...(method === "GET" ? {} : { body: "{}" }) });

  it("refuses another origin, an opaque origin and a cross-site fetch before looking at the session", async () => {
    const refused: Record<string, string>[] = [{ origin: "https://evil.example" }, { origin: "http://localhost.evil.example" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }];
    for (const headers of refused) {
      for (const method of ["POST", "PATCH", "DELETE"]) {
        const res = await CREATE_WORKSPACE(cookieRequest(method, headers), ctx({}) as never);
        expect({ headers, method, status: res.status }).toEqual({ headers, method, status: 403 });
        expect((await errorOf(res)).message).toMatch(/Cross-site request refused/);
      }
    }
  });

  it("refuses a cross-origin write to a public route (sign-up) too", async () => {
    const res = await signUp({ "content-type": "application/json", origin: "https://evil.example" });
    expect(await errorOf(res)).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });

  it("lets same-origin requests, safe methods and requests without Origin or Sec-Fetch-Site through", () => {
    const ok = [
      cookieRequest("POST", { origin: "http://localhost" }),
      cookieRequest("POST", { origin: "http://LOCALHOST" }),
      cookieRequest("PATCH", { origin: "https://app.example", host: "app.example" }, "http://10.0.0.5:3000/api/w/x"),
      cookieRequest("POST", { origin: "https://app.example", "x-forwarded-host": "app.example" }, "http://10.0.0.5:3000/api/w/x"),
      cookieRequest("POST", { "sec-fetch-site": "same-origin" }),
      cookieRequest("POST", {}),
      cookieRequest("GET", { origin: "https://evil.example" }),
    ];
    for (const req of ok) expect(() => assertSameOrigin(req), `${req.method} ${JSON.stringify(Object.fromEntries(req.headers))}`).not.toThrow();
    expect(() => assertSameOrigin(cookieRequest("POST", { origin: "http://localhost:4000" }))).toThrow(/Cross-site/);
  });

  it("exempts bearer-token requests: a browser cannot add that header cross-site without a preflight", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.admin.id);
    const res = await PATCH_WORKSPACE(call(token, `/api/w/${w.slug}`, { method: "PATCH", headers: { origin: "https://tool.example" }, json: { name: "Renamed by a script" } }), ctx({ slug: w.slug }));
    expect(res.status).toBe(200);
  });
});
