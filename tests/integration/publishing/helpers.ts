import { expect } from "vitest";
import { GET as PAGE } from "@/app/p/[workspace]/[slug]/route";
import { GET as VERSION } from "@/app/p/[workspace]/[slug]/v/[version]/route";
import { db } from "@/lib/db";
import { moveClaim } from "@/lib/server/reviews/move-claim";
import { actorOf, approveAs, rationale, reviewWorld, stateAs, type TReviewWorld } from "../reviews/helpers";

export { actorOf, approveAs, rationale, reviewWorld, stateAs, type TReviewWorld };

/** A claim approved by one reviewer (quorum 1), ready to publish. */
export async function approvedWorld() {
  const x = await reviewWorld({ requiredApprovals: 1 });
  await approveAs(x, x.w.reviewer);
  return x;
}

type TWho = Parameters<typeof actorOf>[0];

export async function act(x: TReviewWorld, who: TWho, action: "publish" | "correct" | "reopen" | "submit_for_review", reason?: string) {
  const s = await stateAs(x, who);
  return moveClaim({ actor: actorOf(who), workspaceSlug: x.w.slug, claimId: x.claim.id, action, claimVersion: s.claimVersion, ...(reason ? { reason } : {}) });
}

export async function publicSlugOf(claimId: string): Promise<string> {
  const c = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { publicSlug: true } });
  expect(c.publicSlug).toBeTruthy();
  return c.publicSlug!;
}

/** GET a public page as an anonymous reader (no cookie, no token). */
export async function getPublic(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Headers }> {
  const m = /^\/p\/([^/]+)\/([^/]+)(?:\/v\/([^/]+))?$/.exec(path);
  if (!m) throw new Error(`not a verdict path: ${path}`);
  const req = new Request(`http://localhost${path}`, { headers });
  const res = m[3]
    ? await VERSION(req, { params: Promise.resolve({ workspace: m[1]!, slug: m[2]!, version: m[3] }) })
    : await PAGE(req, { params: Promise.resolve({ workspace: m[1]!, slug: m[2]! }) });
  return { status: res.status, body: await res.text(), headers: res.headers };
}
