import { describe, expect, it } from "vitest";
import { GET as AUDIT } from "@/app/api/w/[slug]/audit/route";
import { GET as CLAIMS } from "@/app/api/w/[slug]/claims/route";
import { GET as CLAIMS_CSV } from "@/app/api/w/[slug]/claims/export.csv/route";
import { GET as DOCUMENTS } from "@/app/api/w/[slug]/documents/route";
import { GET as SOURCES } from "@/app/api/w/[slug]/sources/route";
import { call, ctx, errorOf, tokenFor } from "../claims/api";
import { workspaceWithEveryRole } from "../workspaces/fixtures";

/**
 * Every paged or filtered list answers an out-of-range page, page size or cursor with a 400 that
 * says what is wrong: never a 500 from the database (an OFFSET or bigint out of range).
 */
describe("paged routes refuse out-of-range paging with 400", () => {
  const BAD_PAGES = ["1e20", "-1", "0", "1.5", "abc", "9007199254740993", "Infinity", "NaN", ""];
  const BAD_SIZES = ["100000", "0", "-5", "1e3", "abc", "Infinity"];

  it("documents, claims and sources lists", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.owner.id);
    const p = ctx({ slug: w.slug });
    for (const [name, GET, path] of [
      ["documents", DOCUMENTS, `/api/w/${w.slug}/documents`],
      ["claims", CLAIMS, `/api/w/${w.slug}/claims`],
      ["sources", SOURCES, `/api/w/${w.slug}/sources`],
    ] as const) {
      for (const page of BAD_PAGES) {
        const res = await GET(call(token, `${path}?page=${encodeURIComponent(page)}`), p);
        expect({ name, page, status: res.status }).toEqual({ name, page, status: 400 });
        expect((await errorOf(res)).code).toBe("BAD_REQUEST");
      }
      for (const pageSize of BAD_SIZES) {
        const res = await GET(call(token, `${path}?pageSize=${encodeURIComponent(pageSize)}`), p);
        expect({ name, pageSize, status: res.status }).toEqual({ name, pageSize, status: 400 });
      }
      // The last reachable page still answers, empty.
      for (const page of ["1000000", "9007199254740991"]) {
        const far = await GET(call(token, `${path}?page=${page}&pageSize=100`), p);
        expect({ name, page, status: far.status }).toEqual({ name, page, status: 200 });
      }
    }
  });

  it("the claims CSV export validates its query like the list (page/pageSize are then ignored): 400, not 500", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.owner.id);
    const p = ctx({ slug: w.slug });
    expect((await CLAIMS_CSV(call(token, `/api/w/${w.slug}/claims/export.csv?page=2&pageSize=1`), p)).status).toBe(200);
    for (const q of ["page=1e20", "pageSize=100000", "documentId=garbage", "sort=nope", "detached=maybe", "workspaceSlug=other"]) {
      const res = await CLAIMS_CSV(call(token, `/api/w/${w.slug}/claims/export.csv?${q}`), p);
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
    }
  });

  it("audit log cursor and limit", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.owner.id);
    const p = ctx({ slug: w.slug });
    const path = `/api/w/${w.slug}/audit`;
    for (const q of ["cursor=9999999999999999999", "cursor=garbage", "cursor=-1", "cursor=1e20", "cursor=", "limit=100000", "limit=0", "limit=1e20", "limit=abc"]) {
      const res = await AUDIT(call(token, `${path}?${q}`), p);
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
      expect((await errorOf(res)).code).toBe("BAD_REQUEST");
    }
    const ok = await AUDIT(call(token, `${path}?cursor=9223372036854775807&limit=5`), p);
    expect(ok.status).toBe(200);
  });
});
