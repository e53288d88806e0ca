import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { deleteWorkspace } from "@/lib/server/workspaces/delete-workspace";
import { actorOf, workspaceWithEveryRole } from "../workspaces/fixtures";

afterAll(async () => {
  await stopJobSender();
});

/** Two events in a workspace, written as the app writes them. */
async function seedEvents(workspaceId: string, actorUserId: string) {
  await db.$transaction(async (tx) => {
    for (const action of ["claim.created", "claim.updated"] as const) {
      await recordAuditEvent(tx, { actor: actorOf({ id: actorUserId }), workspaceId, action, targetType: "workspace", targetId: workspaceId, data: { n: action } });
    }
  });
  return db.auditEvent.findMany({ where: { workspaceId }, orderBy: { id: "asc" } });
}

/** PostgreSQL's error for a raw statement, as the trigger raises it. */
async function refusal(sql: string, ...values: unknown[]): Promise<string> {
  try {
    await db.$executeRawUnsafe(sql, ...values);
  } catch (e) {
    return String((e as Error).message);
  }
  return "not refused";
}

describe("AuditEvent is append-only in the database itself", () => {
  it("a raw UPDATE of any column is refused by the trigger, and the row is unchanged", async () => {
    const w = await workspaceWithEveryRole();
    const [event] = await seedEvents(w.ws.id, w.owner.id);
    for (const sql of [
      `UPDATE "AuditEvent" SET "action" = 'forged' WHERE "id" = $1`,
      `UPDATE "AuditEvent" SET "data" = '{}'::jsonb WHERE "id" = $1`,
      `UPDATE "AuditEvent" SET "actorId" = NULL WHERE "id" = $1`,
      `UPDATE "AuditEvent" SET "createdAt" = now() - interval '1 year' WHERE "id" = $1`,
    ]) {
      expect(await refusal(sql, event!.id)).toMatch(/AuditEvent is append-only: UPDATE refused/);
    }
    expect(await refusal(`UPDATE "AuditEvent" SET "ip" = NULL WHERE "workspaceId" = $1::uuid`, w.ws.id)).toMatch(/append-only: UPDATE refused/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event!.id } })).toEqual(event);
    // Through the client too.
    await expect(db.auditEvent.update({ where: { id: event!.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
  });

  it("a raw DELETE is refused, one row or all of a workspace's, through raw SQL or the client", async () => {
    const w = await workspaceWithEveryRole();
    const events = await seedEvents(w.ws.id, w.owner.id);
    expect(await refusal(`DELETE FROM "AuditEvent" WHERE "id" = $1`, events[0]!.id)).toMatch(/AuditEvent is append-only: DELETE refused/);
    expect(await refusal(`DELETE FROM "AuditEvent" WHERE "workspaceId" = $1::uuid`, w.ws.id)).toMatch(/append-only: DELETE refused/);
    await expect(db.auditEvent.deleteMany({ where: { workspaceId: w.ws.id } })).rejects.toThrow(/append-only/);
    // TRUNCATE skips row triggers: a statement trigger refuses it.
    expect(await refusal(`TRUNCATE "AuditEvent"`)).toMatch(/AuditEvent is append-only: TRUNCATE refused/);
    expect(await db.auditEvent.findMany({ where: { workspaceId: w.ws.id }, orderBy: { id: "asc" } })).toEqual(events);
  });

  it("setting the exception for one workspace inside a transaction does not let another workspace's events go", async () => {
    const a = await workspaceWithEveryRole();
    const b = await workspaceWithEveryRole();
    await seedEvents(a.ws.id, a.owner.id);
    const bEvents = await seedEvents(b.ws.id, b.owner.id);
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('factdesk.deleting_workspace', ${a.ws.id}, true)`;
        await tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "workspaceId" = $1::uuid`, b.ws.id);
      }),
    ).rejects.toThrow(/append-only: DELETE refused/);
    expect(await db.auditEvent.findMany({ where: { workspaceId: b.ws.id }, orderBy: { id: "asc" } })).toEqual(bEvents);
  });

  it("deleting a workspace still works, removes only its own events, records the deletion, and the exception ends with its transaction", async () => {
    const gone = await workspaceWithEveryRole();
    const kept = await workspaceWithEveryRole();
    await seedEvents(gone.ws.id, gone.owner.id);
    const keptEvents = await seedEvents(kept.ws.id, kept.owner.id);
    const goneIds = (await db.auditEvent.findMany({ where: { workspaceId: gone.ws.id }, select: { id: true } })).map((e) => e.id);
    expect(goneIds.length).toBeGreaterThan(0);

    await deleteWorkspace({ actor: actorOf(gone.owner), workspaceSlug: gone.slug, confirmSlug: gone.slug });

    expect(await db.workspace.findUnique({ where: { id: gone.ws.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { id: { in: goneIds } } })).toBe(0);
    expect(await db.auditEvent.findMany({ where: { workspaceId: kept.ws.id }, orderBy: { id: "asc" } })).toEqual(keptEvents);
    // The deletion itself is recorded, outside any workspace.
    const deleted = await db.auditEvent.findFirstOrThrow({ where: { action: "workspace.deleted", targetId: gone.ws.id } });
    expect(deleted).toMatchObject({ workspaceId: null, actorId: gone.owner.id });

    // The setting was transaction-local: on every pooled connection a later raw DELETE is refused again.
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () => refusal(`DELETE FROM "AuditEvent" WHERE "workspaceId" = $1::uuid`, kept.ws.id)),
    );
    for (const message of attempts) expect(message).toMatch(/append-only: DELETE refused/);
    expect(await refusal(`DELETE FROM "AuditEvent" WHERE "id" = $1`, deleted.id)).toMatch(/append-only: DELETE refused/);
    const settings = await Promise.all(
      Array.from({ length: 8 }, () => db.$queryRawUnsafe<{ v: string | null }[]>(`SELECT current_setting('factdesk.deleting_workspace', true) AS v`)),
    );
    for (const [row] of settings) expect(row!.v ?? "").toBe("");
    expect(await db.auditEvent.findMany({ where: { workspaceId: kept.ws.id }, orderBy: { id: "asc" } })).toEqual(keptEvents);
  });

  it("a refused delete of a workspace (wrong confirmation) leaves its events and no exception behind", async () => {
    const w = await workspaceWithEveryRole();
    const events = await seedEvents(w.ws.id, w.owner.id);
    await expect(deleteWorkspace({ actor: actorOf(w.owner), workspaceSlug: w.slug, confirmSlug: "nope" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(deleteWorkspace({ actor: actorOf(w.admin), workspaceSlug: w.slug, confirmSlug: w.slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.auditEvent.findMany({ where: { workspaceId: w.ws.id }, orderBy: { id: "asc" } })).toEqual(events);
    expect(await refusal(`DELETE FROM "AuditEvent" WHERE "workspaceId" = $1::uuid`, w.ws.id)).toMatch(/append-only: DELETE refused/);
  });
});
