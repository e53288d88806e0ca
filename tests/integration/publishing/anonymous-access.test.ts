import { afterAll, describe, expect, it } from "vitest";
import { GET as OEMBED } from "@/app/api/oembed/route";
import { GET as INDEX } from "@/app/p/[workspace]/route";
import { GET as PAGE } from "@/app/p/[workspace]/[slug]/route";
import { GET as EMBED } from "@/app/p/[workspace]/[slug]/embed/route";
import { GET as OG } from "@/app/p/[workspace]/[slug]/og.png/route";
import { GET as SNAPSHOT } from "@/app/p/[workspace]/[slug]/sources/[snapshot]/route";
import { GET as VERSION } from "@/app/p/[workspace]/[slug]/v/[version]/route";
import { GET as ATOM } from "@/app/p/[workspace]/atom.xml/route";
import { GET as DATA } from "@/app/p/[workspace]/claimreview.json/route";
import { GET as POLICY } from "@/app/p/[workspace]/corrections-policy/route";
import { GET as CORRECTIONS_ATOM } from "@/app/p/[workspace]/corrections.atom/route";
import { GET as CORRECTIONS } from "@/app/p/[workspace]/corrections.xml/route";
import { GET as RSS } from "@/app/p/[workspace]/feed.xml/route";
import { GET as METHODOLOGY } from "@/app/p/[workspace]/methodology/route";
import { GET as SITEMAP } from "@/app/sitemap.xml/route";
import { db } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { setPublicSlug } from "@/lib/server/publishing/set-public-slug";
import { act, actorOf, approvedWorld, publicSlugOf } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

const get = (path: string) => new Request(`http://localhost:3000${path}`);
type TRoute = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

describe("anonymous access to public routes", () => {
  it("no public route, under any id, shows an unpublished claim, another workspace's claim, internal notes or people's addresses", async () => {
    // A: an approved claim that is NOT published, with a public address chosen already, and a secret note.
    const a = await approvedWorld();
    await setPublicSlug({ actor: actorOf(a.w.admin), workspaceSlug: a.w.slug, claimId: a.claim.id, slug: "not-yet-public" });
    await db.evidence.update({ where: { id: a.e2.id }, data: { note: "SECRET-NOTE-A" } });
    await db.claim.update({ where: { id: a.claim.id }, data: { text: "SECRET-CLAIM-A unemployment is at a record low" } });
    const snapA = await db.sourceSnapshot.findFirst({ where: { workspaceId: a.w.ws.id }, select: { id: true } });
    // B: another workspace with a published claim.
    const b = await approvedWorld();
    await act(b, b.w.admin, "publish");
    const slugB = await publicSlugOf(b.claim.id);

    const secrets = ["SECRET-CLAIM-A", "SECRET-NOTE-A", "Unemployment rose to 5.4 percent; it is not at a record low.", a.w.editor.email, a.w.admin.email, b.w.editor.email, b.w.admin.email];
    const calls: [string, TRoute, Record<string, string>][] = [
      [`/p/${a.w.slug}`, INDEX as TRoute, { workspace: a.w.slug }],
      [`/p/${a.w.slug}/not-yet-public`, PAGE as TRoute, { workspace: a.w.slug, slug: "not-yet-public" }],
      [`/p/${a.w.slug}/not-yet-public/v/1`, VERSION as TRoute, { workspace: a.w.slug, slug: "not-yet-public", version: "1" }],
      [`/p/${a.w.slug}/not-yet-public/embed`, EMBED as TRoute, { workspace: a.w.slug, slug: "not-yet-public" }],
      [`/p/${a.w.slug}/not-yet-public/og.png`, OG as TRoute, { workspace: a.w.slug, slug: "not-yet-public" }],
      [`/p/${a.w.slug}/not-yet-public/sources/${snapA?.id ?? "00000000-0000-4000-8000-000000000000"}`, SNAPSHOT as TRoute, { workspace: a.w.slug, slug: "not-yet-public", snapshot: snapA?.id ?? "00000000-0000-4000-8000-000000000000" }],
      // B's published claim asked for under A's workspace, and A's slug under B's.
      [`/p/${a.w.slug}/${slugB}`, PAGE as TRoute, { workspace: a.w.slug, slug: slugB }],
      [`/p/${b.w.slug}/not-yet-public`, PAGE as TRoute, { workspace: b.w.slug, slug: "not-yet-public" }],
      [`/p/${a.w.slug}/feed.xml`, RSS as TRoute, { workspace: a.w.slug }],
      [`/p/${a.w.slug}/atom.xml`, ATOM as TRoute, { workspace: a.w.slug }],
      [`/p/${a.w.slug}/corrections.xml`, CORRECTIONS as TRoute, { workspace: a.w.slug }],
      [`/p/${a.w.slug}/corrections.atom`, CORRECTIONS_ATOM as TRoute, { workspace: a.w.slug }],
      [`/p/${a.w.slug}/claimreview.json`, DATA as TRoute, { workspace: a.w.slug }],
      [`/p/${a.w.slug}/methodology`, METHODOLOGY as TRoute, { workspace: a.w.slug }],
      [`/p/${a.w.slug}/corrections-policy`, POLICY as TRoute, { workspace: a.w.slug }],
      ["/sitemap.xml", SITEMAP as TRoute, {}],
      [`/api/oembed?url=${encodeURIComponent(`http://localhost:3000/p/${a.w.slug}/not-yet-public`)}`, OEMBED as TRoute, {}],
    ];
    for (const [path, fn, params] of calls) {
      const res = await fn(get(path), { params: Promise.resolve(params) });
      const body = await res.text();
      for (const s of secrets) expect({ path, leaks: body.includes(s) ? s : null }).toEqual({ path, leaks: null });
      if (path.includes("not-yet-public") || path.includes(`/p/${a.w.slug}/${slugB}`)) expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    // And B's page itself shows B's verdict, nobody's address.
    const pageB = await (PAGE as TRoute)(get(`/p/${b.w.slug}/${slugB}`), { params: Promise.resolve({ workspace: b.w.slug, slug: slugB }) });
    expect(pageB.status).toBe(200);
    const bodyB = await pageB.text();
    expect(bodyB).toContain("Mostly false");
    for (const s of [b.w.editor.email, b.w.admin.email, b.w.reviewer.email, "Phone call."]) expect(bodyB).not.toContain(s);
  });
});
