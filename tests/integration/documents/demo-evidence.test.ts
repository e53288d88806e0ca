import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findExcerpt } from "@/lib/domain/evidence/find-excerpt";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { DEMO_EVIDENCE, DEMO_SOURCES } from "@/prisma/seed/demo-evidence";

describe("demo evidence", () => {
  it("gives the demo a library and evidence with every stance, a shared source, a missing quote and a failed capture, all offline", async () => {
    await seedDemo();
    const ws = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    const sources = await db.source.findMany({ where: { workspaceId: ws.id }, include: { snapshots: true, evidence: true } });
    const evidence = await db.evidence.findMany({ where: { workspaceId: ws.id }, include: { claim: { select: { documentId: true, workspaceId: true } } } });
    expect(sources).toHaveLength(DEMO_SOURCES.length);
    expect(evidence).toHaveLength(DEMO_EVIDENCE.length);

    expect(new Set(evidence.map((e) => e.stance))).toEqual(new Set(["SUPPORTS", "REFUTES", "CONTEXT"]));
    expect(new Set(sources.map((s) => s.type)).size).toBeGreaterThanOrEqual(4);
    expect(sources.some((s) => new Set(s.evidence.map((e) => e.claimId)).size >= 2)).toBe(true);
    expect(new Set(evidence.map((e) => e.claim.documentId)).size).toBeGreaterThanOrEqual(2);
    expect(evidence.every((e) => e.claim.workspaceId === ws.id)).toBe(true);
    expect(sources.some((s) => !s.url && s.description)).toBe(true);

    const snapshots = sources.flatMap((s) => s.snapshots);
    expect(snapshots.filter((s) => s.status === "PENDING")).toHaveLength(0);
    const failed = snapshots.filter((s) => s.status === "FAILED");
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ errorCode: "NOT_FOUND", httpStatus: 404, text: null });
    expect(failed[0]!.error).toMatch(/404/);

    // Every archived copy is whole: its hash is the hash of its page, its text is there.
    for (const s of snapshots.filter((x) => x.status === "OK")) {
      expect(s.contentHash).toBe(createHash("sha256").update(s.html!).digest("hex"));
      expect(s.text!.length).toBeGreaterThan(50);
      expect(s.fetchedAt).toBeInstanceOf(Date);
    }
    // Sources are one per normalized URL; offline ones have none.
    for (const s of sources) expect(Boolean(s.normalizedUrl)).toBe(Boolean(s.url));

    // excerptFound agrees with the finder: exactly one quote is not in its source's copy.
    const notFound = evidence.filter((e) => e.excerptFound === false);
    expect(notFound).toHaveLength(1);
    for (const e of evidence) {
      const snap = sources.find((s) => s.id === e.sourceId)!.snapshots.find((x) => x.status === "OK");
      expect(e.excerptFound, e.excerpt).toBe(snap ? findExcerpt(snap.text!, e.excerpt) !== null : null);
    }
    // Evidence of one claim is ordered 0, 1, 2…
    const byClaim = Map.groupBy(evidence, (e) => e.claimId);
    for (const list of byClaim.values()) expect(list.map((e) => e.position).sort()).toEqual(list.map((_, i) => i));
  });
});
