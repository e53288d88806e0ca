import "server-only";
import { z } from "zod";
import { ErrorCode } from "@/lib/errors";
import { strict } from "@/lib/server/http/route";

/**
 * One API operation as the route handles it. `query`, `body` and `form` are the very schemas the
 * route parses with (imported, never copied), so the document cannot say something the code does not.
 */
export type TOperation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path template, e.g. `/api/w/{slug}/claims/{id}`. */
  path: string;
  summary: string;
  tag: string;
  auth: "member" | "public";
  /** Parsed with `readQuery`: each property is a query parameter; unknown parameters are a 400. */
  query?: z.ZodType;
  /** Parsed with `readJson` (or the importer's JSON branch): the `application/json` request body. */
  body?: z.ZodType;
  /** The text fields a `multipart/form-data` upload may carry beside its `file`. */
  form?: z.ZodType;
  success: { status: 200 | 201 | 202 | 204 | 303; description: string; contentType?: string };
  /** Statuses other than the common error ones the operation documents (e.g. health's 503). */
  extra?: Record<string, { description: string }>;
};

/** `{ error: { code, message, fieldErrors?, retryAfter? } }`, as `errorBody` in lib/errors.ts writes it. */
export const ZErrorBody = z.strictObject({
  error: z.strictObject({
    code: z.enum(Object.keys(ErrorCode) as [keyof typeof ErrorCode, ...(keyof typeof ErrorCode)[]]),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
    retryAfter: z.number().int().nonnegative().optional(),
  }),
});

type TJsonSchema = Record<string, unknown>;

/**
 * JSON Schema 2020-12 (OpenAPI 3.1's dialect) for what a request may send: the input side of
 * transforms and defaults, refinements and preprocessors (not expressible) left open.
 */
export function requestJsonSchema(schema: z.ZodType): TJsonSchema {
  const json = z.toJSONSchema(strict(schema), { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as TJsonSchema;
  delete json.$schema;
  return json;
}

const pathParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

function queryParameters(schema: z.ZodType) {
  const json = requestJsonSchema(schema);
  const properties = (json.properties ?? {}) as Record<string, TJsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({ name, in: "query", required: required.has(name), schema: s }));
}

function operationObject(op: TOperation) {
  const parameters = [
    ...pathParams(op.path).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
    ...(op.query ? queryParameters(op.query) : []),
  ];
  const content: Record<string, { schema: TJsonSchema }> = {};
  if (op.body) content["application/json"] = { schema: requestJsonSchema(op.body) };
  if (op.form) {
    const fields = requestJsonSchema(op.form);
    content["multipart/form-data"] = {
      schema: {
        ...fields,
        properties: { file: { type: "string", contentMediaType: "application/octet-stream", description: "The file (its size limit is in the summary)." }, ...(fields.properties as object) },
        required: ["file", ...((fields.required as string[] | undefined) ?? [])],
      },
    };
  }
  const success =
    op.success.status === 204 || op.success.status === 303
      ? { description: op.success.description }
      : {
          description: op.success.description,
          content: { [op.success.contentType ?? "application/json"]: { schema: op.success.contentType?.startsWith("text/") ? { type: "string" } : { type: "object" } } },
        };
  return {
    operationId: `${op.method}${op.path.replace(/^\/api/, "").replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? "").toUpperCase())}`,
    summary: op.summary,
    tags: [op.tag],
    security: op.auth === "public" ? [] : [{ bearerToken: [] }, { sessionCookie: [] }],
    ...(parameters.length ? { parameters } : {}),
    ...(Object.keys(content).length ? { requestBody: { required: true, content } } : {}),
    responses: {
      [String(op.success.status)]: success,
      ...op.extra,
      "4XX": { $ref: "#/components/responses/Error" },
      "500": { $ref: "#/components/responses/Error" },
    },
  };
}

/** The OpenAPI 3.1 document for the given operations (served at /api/openapi.json). */
export function buildOpenApiDocument(operations: readonly TOperation[], info: { excluded: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Factdesk API",
      version: "1",
      description: [
        "JSON over HTTP with the web app's own authorization. Prose, examples and per-status messages: docs/API.md.",
        "Request schemas (query parameters and bodies) are generated from the zod schemas the route handlers parse with: unknown keys, and keys the server sets itself (workspaceSlug, ids, actor), are refused with 400.",
        "Response bodies are described loosely (`object`): their types are TypeScript DTOs without a runtime schema, documented in docs/API.md.",
        info.excluded,
      ].join("\n\n"),
    },
    servers: [{ url: "/" }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal access token (`fdk_…`), created under Account settings → Personal access tokens. Acts as its owner." },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The browser session set by signing in on /signin (`__Secure-authjs.session-token` over HTTPS). Cross-site writes riding on it are refused with 403.",
        },
      },
      schemas: { Error: requestJsonSchema(ZErrorBody) },
      responses: {
        Error: {
          description: "An error: the status matches `error.code`. Validation errors add `fieldErrors`; rate limits add `retryAfter` (also the Retry-After header).",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    },
  };
}

export type TOpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
