import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { getPublic } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

describe("the demo's public pages", () => {
  it("has published verdicts, one corrected with its history, one retracted; each rests on the approval it was published from", async () => {
    await seedDemo();
    const ws = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    const claims = await db.claim.findMany({ where: { workspaceId: ws.id, publicSlug: { not: null } }, select: { id: true, publicSlug: true, status: true, publications: { orderBy: { version: "asc" }, select: { kind: true, signOffHash: true, verdictId: true } } } });
    expect(claims.map((c) => c.publications.map((p) => p.kind).join(",")).sort()).toEqual(["PUBLISH", "PUBLISH", "PUBLISH,CORRECTION", "PUBLISH,RETRACTION"]);
    for (const c of claims) {
      for (const p of c.publications.filter((x) => x.kind !== "RETRACTION")) {
        const approvals = await db.review.count({ where: { claimId: c.id, verdictId: p.verdictId!, kind: "APPROVE", signOffHash: p.signOffHash! } });
        expect(approvals).toBeGreaterThanOrEqual(2);
      }
      const page = await getPublic(`/p/demo/${c.publicSlug}`);
      const kinds = c.publications.map((p) => p.kind);
      expect(page.status).toBe(kinds.includes("RETRACTION") ? 410 : 200);
      if (kinds.includes("CORRECTION")) {
        expect(c.status).toBe("CORRECTED");
        expect(page.body).toContain("Corrected: rating changed from “True” to “Mostly true”.");
        expect((await getPublic(`/p/demo/${c.publicSlug}/v/1`)).body).toContain("You are reading version 1");
      }
    }
  });
});
