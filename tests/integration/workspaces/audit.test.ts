import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { updateWorkspaceSettings } from "@/lib/server/workspaces/update-workspace-settings";
import { actorOf, auditCount, codeOf, workspaceWithEveryRole } from "./fixtures";

describe("audit events", () => {
  it("are written with the change and not when the change fails", async () => {
    const w = await workspaceWithEveryRole();
    const actor = actorOf(w.admin);
    expect(await codeOf(updateWorkspaceSettings({ actor, workspaceSlug: w.slug, requiredApprovals: 9 }))).toBe("BAD_REQUEST");
    expect(await codeOf(updateWorkspaceSettings({ actor, workspaceSlug: w.slug, requiredApprovals: 0 }))).toBe("BAD_REQUEST");
    expect(await codeOf(updateWorkspaceSettings({ actor, workspaceSlug: w.slug, name: "   " }))).toBe("BAD_REQUEST");
    expect(await auditCount(w.ws.id, "workspace.updated")).toBe(0);
    expect((await db.workspace.findUniqueOrThrow({ where: { id: w.ws.id } })).requiredApprovals).toBe(2);

    await updateWorkspaceSettings({ actor, workspaceSlug: w.slug, requiredApprovals: 5 });
    const ev = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "workspace.updated" } });
    expect(ev.data).toEqual({ requiredApprovals: { from: 2, to: 5 } });
    expect(ev.actorId).toBe(w.admin.id);

    // The time zone due dates are days in: a known zone, recorded; anything else a 400.
    expect(await codeOf(updateWorkspaceSettings({ actor, workspaceSlug: w.slug, timeZone: "Atlantis/Capital" }))).toBe("BAD_REQUEST");
    expect((await updateWorkspaceSettings({ actor, workspaceSlug: w.slug, timeZone: "Europe/Lisbon" })).timeZone).toBe("Europe/Lisbon");
    expect(await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "workspace.updated" }, orderBy: { id: "desc" } })).toMatchObject({ data: { timeZone: { from: "UTC", to: "Europe/Lisbon" } } });
    expect(await codeOf(updateWorkspaceSettings({ actor: actorOf(w.editor), workspaceSlug: w.slug, timeZone: "Europe/Paris" }))).toBe("FORBIDDEN");
    expect((await db.workspace.findUniqueOrThrow({ where: { id: w.ws.id } })).timeZone).toBe("Europe/Lisbon");

    // Saving the same values again is not a change and leaves no record.
    await updateWorkspaceSettings({ actor, workspaceSlug: w.slug, requiredApprovals: 5, name: w.ws.name, timeZone: "Europe/Lisbon" });
    expect(await auditCount(w.ws.id, "workspace.updated")).toBe(2);
  });

  it("are listed newest first, paginated by cursor", async () => {
    const w = await workspaceWithEveryRole();
    for (let i = 1; i <= 5; i++) await updateWorkspaceSettings({ actor: actorOf(w.owner), workspaceSlug: w.slug, name: `Name ${i}` });
    const page1 = await listAuditEvents({ actor: actorOf(w.admin), workspaceSlug: w.slug, limit: 2 });
    expect(page1.events.map((e) => (e.data as { name: { to: string } }).name.to)).toEqual(["Name 5", "Name 4"]);
    expect(page1.events[0]!.actor).toMatchObject({ id: w.owner.id });
    const page2 = await listAuditEvents({ actor: actorOf(w.admin), workspaceSlug: w.slug, limit: 2, cursor: page1.nextCursor! });
    const page3 = await listAuditEvents({ actor: actorOf(w.admin), workspaceSlug: w.slug, limit: 2, cursor: page2.nextCursor! });
    expect(page2.events.map((e) => (e.data as { name: { to: string } }).name.to)).toEqual(["Name 3", "Name 2"]);
    expect(page3.events).toHaveLength(1);
    expect(page3.nextCursor).toBeNull();
    expect(await codeOf(listAuditEvents({ actor: actorOf(w.admin), workspaceSlug: w.slug, cursor: "abc" }))).toBe("BAD_REQUEST");
  });
});
