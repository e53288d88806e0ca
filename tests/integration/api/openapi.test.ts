import { globSync } from "node:fs";
import path from "node:path";
import { type SpecData, Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { errorBody, AppError } from "@/lib/errors";
import { GET as getOpenApi } from "@/app/api/openapi.json/route";
import { PATCH as patchClaim } from "@/app/api/w/[slug]/claims/[id]/route";
import { POST as postClaim } from "@/app/api/w/[slug]/claims/route";
import { POST as postWorkspace } from "@/app/api/workspaces/route";
import { createClaim } from "@/lib/server/claims/create-claim";
import { call, ctx, tokenFor } from "../claims/api";
import { rangeOf, seedDoc } from "../claims/helpers";
import { actorOf, workspaceWithEveryRole } from "../workspaces/fixtures";

/**
 * Issue 10 §4: /api/openapi.json describes every route handler under app/api with the schemas the
 * routes parse with, so the document and the code cannot drift. Auth.js's own handlers
 * (`auth/[...nextauth]`) are the one exclusion, and the document says so.
 */

const API_DIR = path.resolve(import.meta.dirname, "../../../app/api");
const EXCLUDED = new Set(["auth/[...nextauth]/route.ts"]);
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

type TDoc = {
  openapi: string;
  info: { description: string };
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: object }> }; parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, object> };
};

async function document(): Promise<TDoc> {
  const res = await getOpenApi();
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return (await res.json()) as TDoc;
}

/** `w/[slug]/claims/[id]/route.ts` → `/api/w/{slug}/claims/{id}`. */
const templateOf = (file: string) => `/api/${path.posix.dirname(file).replace(/\[(\w+)\]/g, "{$1}")}`;

async function filesystemOperations() {
  const files = globSync("**/route.ts", { cwd: API_DIR }).map((f) => f.split(path.sep).join("/")).sort();
  const ops: string[] = [];
  for (const file of files) {
    if (EXCLUDED.has(file)) continue;
    const mod = (await import(path.join(API_DIR, file))) as Record<string, unknown>;
    for (const m of METHODS) if (typeof mod[m] === "function") ops.push(`${m} ${templateOf(file)}`);
  }
  return { files, ops: ops.sort() };
}

function requestSchema(doc: TDoc, method: string, pathTemplate: string) {
  const schema = doc.paths[pathTemplate]?.[method]?.requestBody?.content["application/json"]?.schema;
  expect(schema, `${method} ${pathTemplate} documents a JSON body`).toBeDefined();
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema!);
}

describe("OpenAPI document (/api/openapi.json)", () => {
  it("lists every route file and method under app/api, and nothing that is not there (Auth.js's excluded, and said so)", async () => {
    const doc = await document();
    const { files, ops } = await filesystemOperations();
    expect(files).toContain("auth/[...nextauth]/route.ts");
    expect(files).toContain("openapi.json/route.ts");
    const documented = Object.entries(doc.paths)
      .flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(documented).toEqual(ops);
    expect(Object.keys(doc.paths).some((p) => p.startsWith("/api/auth"))).toBe(false);
    expect(doc.info.description).toContain("/api/auth/*");
  });

  it("validates as OpenAPI 3.1", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as SpecData);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // The validator does look inside: a broken operation fails it.
    const broken = structuredClone(doc) as TDoc;
    (broken.paths["/api/me"]!.get as unknown as Record<string, unknown>).responses = "none";
    expect((await new Validator().validate(broken as unknown as SpecData)).valid).toBe(false);
  });

  it("path parameters match the path template; query parameters and bodies come from the routes' strict schemas", async () => {
    const doc = await document();
    for (const [p, item] of Object.entries(doc.paths)) {
      const names = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(item)) {
        expect({ op: `${method} ${p}`, path: (op.parameters ?? []).filter((x) => x.in === "path").map((x) => x.name) }).toEqual({ op: `${method} ${p}`, path: names });
        const query = (op.parameters ?? []).filter((x) => x.in === "query").map((x) => x.name);
        // Keys the server sets never appear as inputs; an id in the path is never also a field.
        const serverSet = ["workspaceSlug", "actor", "actorId", "origin", "ip", "claimId", "tokenId", "invitationId"];
        if (p.includes("/documents/{id}")) serverSet.push("documentId");
        if (p.includes("{userId}")) serverSet.push("userId");
        if (p.includes("/sources/{id}")) serverSet.push("sourceId");
        if (p.includes("/evidence/{id}")) serverSet.push("evidenceId");
        const body = op.requestBody?.content["application/json"]?.schema as { properties?: object } | undefined;
        for (const key of serverSet) {
          const inputs = { query: query.includes(key), body: key in (body?.properties ?? {}) };
          expect({ op: `${method} ${p}`, key, inputs }).toEqual({ op: `${method} ${p}`, key, inputs: { query: false, body: false } });
        }
        expect(Object.keys(op.responses)).toContain("4XX");
      }
    }
    expect(doc.paths["/api/w/{slug}/claims"]!.get!.parameters!.map((x) => x.name)).toEqual(expect.arrayContaining(["status", "q", "sort", "page", "pageSize"]));
    expect(doc.paths["/api/w/{slug}/documents"]!.post!.requestBody!.content).toHaveProperty("multipart/form-data");
  });

  it("the error schema accepts what errorBody writes", async () => {
    const doc = await document();
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(doc.components.schemas.Error!);
    expect(validate(errorBody(new AppError("BAD_REQUEST", "name: Too long.", { fieldErrors: { name: ["Too long."] } })))).toBe(true);
    expect(validate(errorBody(new AppError("RATE_LIMITED", "Slow down.", { retryAfter: 30 })))).toBe(true);
    expect(validate({ error: { code: "TEAPOT", message: "no" } })).toBe(false);
  });

  describe("a body the route accepts validates against the document; the same body with an extra key is refused by both", () => {
    it("POST /api/workspaces", async () => {
      const w = await workspaceWithEveryRole();
      const token = await tokenFor(w.editor.id);
      const validate = requestSchema(await document(), "post", "/api/workspaces");
      const body = { name: "OpenAPI desk", slug: `openapi-${w.slug}`.slice(0, 40).replace(/-+$/, "") };

      const extra = { ...body, ownerId: w.owner.id };
      expect(validate(extra)).toBe(false);
      expect((await postWorkspace(call(token, "/api/workspaces", { method: "POST", json: extra }), ctx({}))).status).toBe(400);

      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
      expect((await postWorkspace(call(token, "/api/workspaces", { method: "POST", json: body }), ctx({}))).status).toBe(201);
    });

    it("POST /api/w/{slug}/claims and PATCH /api/w/{slug}/claims/{id}", async () => {
      const w = await workspaceWithEveryRole();
      const token = await tokenFor(w.editor.id);
      const doc = await seedDoc(w);
      const openapi = await document();

      const validateCreate = requestSchema(openapi, "post", "/api/w/{slug}/claims");
      const create = { documentId: doc.id, ...(await rangeOf(doc.id, "Cargo volumes fell")), claimant: "The port authority", checkworthiness: 3, tags: ["ports"], status: "RESEARCHING" };
      expect(validateCreate({ ...create, workspaceSlug: w.slug })).toBe(false);
      expect((await postClaim(call(token, `/api/w/${w.slug}/claims`, { method: "POST", json: { ...create, priority: 1 } }), ctx({ slug: w.slug }))).status).toBe(400);
      expect(validateCreate({ ...create, priority: 1 })).toBe(false);
      expect(validateCreate(create), JSON.stringify(validateCreate.errors)).toBe(true);
      expect((await postClaim(call(token, `/api/w/${w.slug}/claims`, { method: "POST", json: create }), ctx({ slug: w.slug }))).status).toBe(201);

      const claim = await createClaim({ ...(await rangeOf(doc.id, "unemployment is at a record low")), documentId: doc.id, workspaceSlug: w.slug, actor: actorOf(w.editor) });
      const validatePatch = requestSchema(openapi, "patch", "/api/w/{slug}/claims/{id}");
      const patch = { version: claim.version, text: "Unemployment is at a record low.", claimant: null, dueDate: "2027-01-15" };
      const params = ctx({ slug: w.slug, id: claim.id });
      expect(validatePatch({ ...patch, claimId: claim.id })).toBe(false);
      expect((await patchClaim(call(token, `/api/w/${w.slug}/claims/${claim.id}`, { method: "PATCH", json: { ...patch, claimId: claim.id } }), params)).status).toBe(400);
      expect(validatePatch({ text: "no version" })).toBe(false);
      expect(validatePatch(patch), JSON.stringify(validatePatch.errors)).toBe(true);
      expect((await patchClaim(call(token, `/api/w/${w.slug}/claims/${claim.id}`, { method: "PATCH", json: patch }), params)).status).toBe(200);
    });
  });
});
