import "server-only";
import type { z } from "zod";
import { AppError, errorBody, toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { TActor } from "@/lib/server/actor";
import { getRequestActor } from "@/lib/server/auth/get-actor";

type TRouteCtx<P> = { params: Promise<P> };

/** Maps any thrown error to `{ error: { code, message } }` with its status. The only place that does. */
export function errorResponse(e: unknown, req?: Request): Response {
  const err = toAppError(e);
  if (err.code === "INTERNAL") log.error("route handler failed", { err: e, method: req?.method, url: req?.url });
  const headers: HeadersInit = err.retryAfter !== undefined ? { "Retry-After": String(err.retryAfter) } : {};
  return Response.json(errorBody(err), { status: err.status, headers });
}

function toResponse(result: unknown, status: number): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new Response(null, { status: 204 });
  return Response.json(result, { status });
}

/** A JSON route handler for signed-in callers (session cookie or `Authorization: Bearer` token). */
export function apiRoute<P = Record<string, never>>(
  fn: (args: { req: Request; params: P; actor: TActor }) => Promise<unknown>,
  opts: { status?: number } = {},
) {
  return async (req: Request, ctx: TRouteCtx<P>): Promise<Response> => {
    try {
      const actor = await getRequestActor(req);
      if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send a personal access token (Authorization: Bearer …).");
      return toResponse(await fn({ req, params: await ctx.params, actor }), opts.status ?? 200);
    } catch (e) {
      return errorResponse(e, req);
    }
  };
}

/** A JSON route handler anyone may call (health, sign-up). */
export function publicRoute<P = Record<string, never>>(
  fn: (args: { req: Request; params: P }) => Promise<unknown>,
  opts: { status?: number } = {},
) {
  return async (req: Request, ctx: TRouteCtx<P>): Promise<Response> => {
    try {
      return toResponse(await fn({ req, params: await ctx.params }), opts.status ?? 200);
    } catch (e) {
      return errorResponse(e, req);
    }
  };
}

/** Reads and validates a JSON body; malformed JSON is a 400 that says so, not a 500. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  return schema.parse(body);
}

/**
 * The caller's IP for rate limits and the audit log: the RIGHTMOST x-forwarded-for entry, i.e. the
 * address the nearest proxy saw (entries to its left are whatever the client claimed). Our own
 * server (scripts/server.ts) replaces the header with the socket address unless TRUST_PROXY=1.
 */
export function requestIp(headers: Headers): string {
  const hops = headers.get("x-forwarded-for")?.split(",").map((h) => h.trim()).filter(Boolean) ?? [];
  return (hops.at(-1) || headers.get("x-real-ip") || "unknown").slice(0, 64);
}
