import { describe, expect, it } from "vitest";
import { GET as CLAIMS } from "@/app/api/w/[slug]/claims/route";
import { PATCH as PATCH_CLAIM } from "@/app/api/w/[slug]/claims/[id]/route";
import { GET as SOURCES } from "@/app/api/w/[slug]/sources/route";
import { createClaim } from "@/lib/server/claims/create-claim";
import { actorOf, call, ctx, errorOf, rangeOf, seedDoc, tokenFor, workspaceWithEveryRole } from "../evidence/helpers";

describe("search boxes and dates refuse what PostgreSQL cannot store, with a 400 (never a 500)", () => {
  it("a NUL or control character in q, on the claims and sources lists", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.editor.id);
    for (const [fn, path] of [
      [CLAIMS, `/api/w/${w.slug}/claims`],
      [SOURCES, `/api/w/${w.slug}/sources`],
    ] as const) {
      for (const q of ["a\u0000b", "\u0007"]) {
        const res = await fn(call(token, `${path}?q=${encodeURIComponent(q)}`), ctx({ slug: w.slug }));
        expect({ path, q, status: res.status }).toEqual({ path, q, status: 400 });
        expect((await errorOf(res)).message).toMatch(/control characters/);
      }
      expect((await fn(call(token, `${path}?q=${encodeURIComponent("unemployment rate")}`), ctx({ slug: w.slug }))).status).toBe(200);
    }
  });

  it("year 0000 in a claim date", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await seedDoc(w);
    const claim = await createClaim({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "Cargo volumes fell")) });
    const res = await PATCH_CLAIM(
      call(await tokenFor(w.editor.id), `/api/w/${w.slug}/claims/${claim.id}`, { method: "PATCH", json: { version: claim.version, claimDate: "0000-01-01" } }),
      ctx({ slug: w.slug, id: claim.id }),
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/real date/);
  });
});
