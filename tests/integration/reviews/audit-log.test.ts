import { afterAll, describe, expect, it } from "vitest";
import { GET as AUDIT } from "@/app/api/w/[slug]/audit/route";
import { GET as EXPORT } from "@/app/api/w/[slug]/audit/export.csv/route";
import { db } from "@/lib/db";
import { AUDIT_CSV_COLUMNS } from "@/lib/domain/audit/audit-csv";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { exportAuditEventsCsv } from "@/lib/server/audit/export-audit-events-csv";
import { listAuditEvents, type TListAuditEventsInput } from "@/lib/server/audit/list-audit-events";
import { actorOf, approveAs, call, codeOf, ctx, errorOf, requestChangesAs, reviewWorld, tokenFor } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

type TX = Awaited<ReturnType<typeof reviewWorld>>;
const list = (x: TX, filter: Omit<TListAuditEventsInput, "workspaceSlug"> = {}) => listAuditEvents({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, limit: 100, ...filter });
const actionsOf = async (x: TX, filter: Omit<TListAuditEventsInput, "workspaceSlug"> = {}) => (await list(x, filter)).events.map((e) => e.action);

describe("workspace audit log: filters", () => {
  it("by actor, action (exact or prefix), target and dates", async () => {
    const x = await reviewWorld();
    await approveAs(x, x.w.reviewer);
    await requestChangesAs(x, x.w.admin, "Name the bulletin.");
    const all = await list(x);
    expect(all.events.length).toBeGreaterThan(8);

    const byReviewer = await list(x, { member: x.w.reviewer.id });
    expect(byReviewer.events.map((e) => e.action)).toEqual(["review.approved"]);
    expect(byReviewer.events.every((e) => e.actor?.id === x.w.reviewer.id)).toBe(true);

    // Requesting changes voids the standing approval (the workflow's effect), newest first.
    const reviewEvents = ["review.approvals_voided", "review.changes_requested", "review.approved"];
    expect(await actionsOf(x, { action: "review." })).toEqual(reviewEvents);
    expect(await actionsOf(x, { action: "review.*" })).toEqual(reviewEvents);
    expect(await actionsOf(x, { action: "review.approved" })).toEqual(["review.approved"]);
    // Exact means exact: "review" is not a prefix without its dot.
    expect(await actionsOf(x, { action: "review" })).toEqual([]);
    expect(new Set(await actionsOf(x, { action: "evidence." }))).toEqual(new Set(["evidence.added"]));

    const onEvidence = await list(x, { targetType: "evidence" });
    expect(onEvidence.events.map((e) => e.targetId).sort()).toEqual([x.e1.id, x.e2.id].sort());
    const onClaim = await list(x, { targetType: "claim", targetId: x.claim.id });
    expect(onClaim.events.length).toBeGreaterThan(4);
    expect(onClaim.events.every((e) => e.targetType === "claim" && e.targetId === x.claim.id)).toBe(true);
    expect(await actionsOf(x, { targetId: x.other.id, action: "claim.created" })).toEqual(["claim.created"]);

    // Dates: a day is the whole day in UTC; instants are inclusive.
    const newest = all.events[0]!;
    const day = newest.createdAt.toISOString().slice(0, 10);
    expect((await list(x, { from: day, to: day })).events.length).toBe(all.events.filter((e) => e.createdAt.toISOString().startsWith(day)).length);
    expect((await list(x, { from: newest.createdAt.toISOString() })).events.map((e) => e.id)).toEqual(
      all.events.filter((e) => e.createdAt >= newest.createdAt).map((e) => e.id),
    );
    expect((await list(x, { to: "2000-01-01" })).events).toEqual([]);
    expect((await list(x, { from: "2999-01-01" })).events).toEqual([]);
    // Combined with paging: the cursor keeps the filter.
    const p1 = await list(x, { action: "claim.", limit: 1 });
    const p2 = await list(x, { action: "claim.", limit: 100, cursor: p1.nextCursor! });
    expect([...p1.events, ...p2.events].map((e) => e.id)).toEqual((await list(x, { action: "claim." })).events.map((e) => e.id));
  });

  it("bad filters are a 400 with a sentence", async () => {
    const x = await reviewWorld({ submit: false });
    for (const [filter, message] of [
      [{ from: "2026-02-31" }, /^from: from must be a date \(YYYY-MM-DD\)/],
      [{ to: "yesterday" }, /^to: to must be a date/],
      [{ from: "2026-12-05T10:00" }, /^from: from must be a date/],
      [{ member: "me" }, /^member: member must be the id of a member/],
      [{ action: "DROP TABLE" }, /^action: action must be an audit action/],
      [{ targetType: "Claim!" }, /^targetType: /],
      [{ from: "2026-12-06", to: "2026-12-05" }, /^from must be before to\.$/],
    ] as const) {
      const err = await list(x, filter).catch((e: unknown) => e);
      expect({ filter, code: (err as { code?: string }).code ?? "ZOD" }).toMatchObject({ filter });
      expect(await codeOf(list(x, filter))).toBe("BAD_REQUEST");
      const res = await AUDIT(call(await tokenFor(x.w.admin.id), `/api/w/${x.w.slug}/audit?${new URLSearchParams(filter as Record<string, string>)}`), ctx({ slug: x.w.slug }));
      const body = await errorOf(res);
      expect({ filter, status: body.status }).toEqual({ filter, status: 400 });
      expect(body.message).toMatch(message);
    }
    // Still owners and admins only.
    expect(await codeOf(listAuditEvents({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, action: "review." }))).toBe("FORBIDDEN");
  });
});

describe("workspace audit log: CSV export", () => {
  it("admins download the filtered log as CSV, newest first; editors 403, outsiders 404", async () => {
    const x = await reviewWorld();
    await approveAs(x, x.w.reviewer);
    await db.user.update({ where: { id: x.w.admin.id }, data: { name: "=cmd|' /C calc'!A0" } });
    await requestChangesAs(x, x.w.admin, "+1 see the bulletin");

    const admin = await tokenFor(x.w.admin.id);
    const path = `/api/w/${x.w.slug}/audit/export.csv`;
    const res = await EXPORT(call(admin, `${path}?action=review.`), ctx({ slug: x.w.slug }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${x.w.slug}-audit-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(",review.approvals_voided,claim,");
    expect(lines[2]).toContain(",review.changes_requested,claim,");
    expect(lines[3]).toContain(",review.approved,claim,");
    // The hostile name is neutralised wherever it starts a cell (its own and the description).
    expect(lines[2]).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(lines[2]).toContain(`,'=cmd|' /C calc'!A0 requested changes to version 1. Comment: “+1 see the bulletin”,`);
    expect(lines[2]).not.toMatch(/,=cmd/);

    const all = await exportAuditEventsCsv({ actor: actorOf(x.w.owner), workspaceSlug: x.w.slug });
    expect(all.count).toBe((await db.auditEvent.count({ where: { workspaceId: x.w.ws.id } })));

    expect((await EXPORT(call(await tokenFor(x.w.editor.id), path), ctx({ slug: x.w.slug }))).status).toBe(403);
    expect((await EXPORT(call(await tokenFor(x.w.outsider.id), path), ctx({ slug: x.w.slug }))).status).toBe(404);
    expect((await EXPORT(call(admin, `${path}?from=31-12-2026`), ctx({ slug: x.w.slug }))).status).toBe(400);
    expect((await EXPORT(call(admin, `${path}?limit=5`), ctx({ slug: x.w.slug }))).status).toBe(400);
  });
});
