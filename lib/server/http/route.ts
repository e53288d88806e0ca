import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError, errorBody, toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { TActor } from "@/lib/server/actor";
import { getRequestActor } from "@/lib/server/auth/get-actor";
import { isJsonContentType, MAX_JSON_BODY_BYTES, readCappedBody } from "./read-capped-body";

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

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence in depth for requests that ride on the session cookie (SameSite=Lax and JSON-only
 * bodies are the first line). Browsers send `Origin` with every cross-origin non-GET request, so
 * one naming another site is refused; with no `Origin`, `Sec-Fetch-Site` (sent by current
 * browsers) must not say cross-site. Same origin is the request's own host (as Next checks server
 * actions) or APP_URL. Bearer-token requests are exempt: a browser cannot add that header cross-site
 * without a preflight we never grant.
 */
export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method) || req.headers.has("authorization")) return;
  const origin = req.headers.get("origin");
  if (origin === null) {
    const site = req.headers.get("sec-fetch-site");
    if (site === "cross-site" || site === "same-site") throw crossOrigin();
    return;
  }
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    throw crossOrigin(); // "null" (sandboxed frames, privacy redirects) or garbage
  }
  const appUrl = env().APP_URL;
  if (appUrl && originUrl.origin === new URL(appUrl).origin) return;
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host") || new URL(req.url).host;
  if (originUrl.host.toLowerCase() === host.toLowerCase()) return;
  throw crossOrigin();
}

const crossOrigin = () => new AppError("FORBIDDEN", "Cross-site request refused: send it from this site, or authenticate with a personal access token.");

/** A JSON route handler for signed-in callers (session cookie or `Authorization: Bearer` token). */
export function apiRoute<P = Record<string, never>>(
  fn: (args: { req: Request; params: P; actor: TActor }) => Promise<unknown>,
  opts: { status?: number } = {},
) {
  return async (req: Request, ctx: TRouteCtx<P>): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const actor = await getRequestActor(req);
      if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send a personal access token (Authorization: Bearer …).");
      return toResponse(await fn({ req, params: await ctx.params, actor }), opts.status ?? 200);
    } catch (e) {
      return errorResponse(e, req);
    }
  };
}

/** A JSON route handler anyone may call (health, sign-up). Cross-site browser writes are refused here too. */
export function publicRoute<P = Record<string, never>>(
  fn: (args: { req: Request; params: P }) => Promise<unknown>,
  opts: { status?: number } = {},
) {
  return async (req: Request, ctx: TRouteCtx<P>): Promise<Response> => {
    try {
      assertSameOrigin(req);
      return toResponse(await fn({ req, params: await ctx.params }), opts.status ?? 200);
    } catch (e) {
      return errorResponse(e, req);
    }
  };
}

/**
 * Objects refuse keys they do not declare: a body or query string can never carry `actor` or an id the URL sets.
 * Exported so the OpenAPI document describes exactly what `readJson` / `readQuery` parse.
 */
export function strict<S extends z.ZodType>(schema: S): S {
  return (schema instanceof z.ZodObject ? schema.strict() : schema) as S;
}

/**
 * The part of a server function's input schema a request may send: its fields minus those the
 * server sets from the URL or the request (`workspaceSlug`, ids, `origin`), unknown keys refused.
 * Built from the fields alone because zod cannot omit from a refined object; the server function
 * still parses the whole input, refinements included.
 */
export function bodySchema<T extends z.ZodRawShape, K extends keyof T & string>(input: z.ZodObject<T, z.core.$ZodObjectConfig>, serverKeys: readonly K[]) {
  const server = new Set<string>(serverKeys);
  const shape = Object.fromEntries(Object.entries(input.shape).filter(([key]) => !server.has(key))) as Omit<T, K>;
  return z.strictObject(shape);
}

/**
 * The one way a route reads a JSON body: `Content-Type` exactly application/json, at most
 * `maxBytes` (1 MB unless the route documents more) read while streaming, then parsed with the
 * server function's own schema, unknown keys refused. Handlers then call the server function
 * as `fn({ ...body, workspaceSlug: params.slug, actor })`, server-set keys last.
 */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, opts: { maxBytes?: number } = {}): Promise<z.output<S>> {
  if (!isJsonContentType(req.headers.get("content-type"))) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
  const maxBytes = opts.maxBytes ?? MAX_JSON_BODY_BYTES;
  const bytes = await readCappedBody(req, maxBytes, `The request body is larger than ${formatLimit(maxBytes)}.`);
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  return strict(schema).parse(body);
}

/**
 * The query string parsed with the server function's schema like a body: a key given once is a
 * string, a repeated key a list, unknown keys refused (so `?workspaceSlug=` or `?actor=` is a 400).
 */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const params = new URL(req.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length === 1 ? all[0]! : all;
  }
  return strict(schema).parse(raw);
}

const formatLimit = (bytes: number) => (bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

export { requestIp } from "./request-ip";
