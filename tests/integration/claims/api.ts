import { expect } from "vitest";
import { createAuthSession } from "@/lib/server/auth/create-auth-session";
import { createApiToken } from "@/lib/server/tokens/create-api-token";

/** Route-calling helpers in the style of tests/integration/documents/routes.test.ts. */
export async function tokenFor(userId: string) {
  const sessionId = await createAuthSession({ userId, userAgent: "vitest", ip: "127.0.0.1" });
  const { secret } = await createApiToken({ actor: { userId, via: "session", sessionId }, name: "claims test" });
  return secret;
}

export function call(token: string | null, path: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (json !== undefined) headers.set("content-type", "application/json");
  return new Request(`http://localhost${path}`, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}), duplex: "half" } as RequestInit);
}

export const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

export async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.message).toBe("string");
  return { status: res.status, ...body.error };
}
