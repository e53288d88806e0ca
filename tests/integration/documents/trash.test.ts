import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PURGE_TRASH_JOB, SCHEDULED_JOBS } from "@/lib/jobs/jobs";
import { startWorker } from "@/lib/jobs/start-worker";
import { TRASH_RETENTION_DAYS } from "@/lib/domain/documents/trash";
import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaims } from "@/lib/server/claims/list-claims";
import { getDocument } from "@/lib/server/documents/get-document";
import { getDocumentPresence } from "@/lib/server/documents/get-document-presence";
import { importDocument } from "@/lib/server/documents/import-document";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { listTrashedDocuments } from "@/lib/server/documents/list-trashed-documents";
import { purgeTrashedDocuments } from "@/lib/server/documents/purge-trashed-documents";
import { restoreDocument } from "@/lib/server/documents/restore-document";
import { trashDocument } from "@/lib/server/documents/trash-document";
import { rangeOf } from "../claims/helpers";
import { actorOf, codeOf, workspaceWithEveryRole, type TWorld } from "./helpers";

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number, from = new Date()) => new Date(from.getTime() - n * DAY);

async function docWithClaim(w: TWorld, title = "Port traffic falls 12%") {
  const actor = actorOf(w.editor);
  const doc = await importDocument({ actor, workspaceSlug: w.slug, kind: "text", content: `${title}\n\nCargo volumes fell for the third month in a row, the port authority said.` });
  const claim = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "Cargo volumes fell")) });
  return { doc, claim };
}

const auditFor = (workspaceId: string, targetId: string) =>
  db.auditEvent.findMany({ where: { workspaceId, targetId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, data: true } });

describe("who may move documents to the trash and restore them", () => {
  it("editors, admins and owners may; reviewers and viewers get 403 and nothing changes", async () => {
    const w = await workspaceWithEveryRole();
    for (const who of [w.reviewer, w.viewer]) {
      const { doc } = await docWithClaim(w);
      expect(await codeOf(trashDocument({ actor: actorOf(who), workspaceSlug: w.slug, documentId: doc.id }))).toBe("FORBIDDEN");
      expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).deletedAt).toBeNull();
      // Trashed by an editor, still not theirs to restore.
      await trashDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id });
      expect(await codeOf(restoreDocument({ actor: actorOf(who), workspaceSlug: w.slug, documentId: doc.id }))).toBe("FORBIDDEN");
      expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).deletedAt).not.toBeNull();
    }
    for (const who of [w.editor, w.admin, w.owner]) {
      const { doc } = await docWithClaim(w);
      await trashDocument({ actor: actorOf(who), workspaceSlug: w.slug, documentId: doc.id });
      await restoreDocument({ actor: actorOf(who), workspaceSlug: w.slug, documentId: doc.id });
    }
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "document.trashed" } })).toBe(5);
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "document.restored" } })).toBe(3);
  });

  it("everyone in the workspace sees the trash; only those who may restore are told they can", async () => {
    const w = await workspaceWithEveryRole();
    const { doc } = await docWithClaim(w);
    await trashDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id });
    for (const [who, canRestore] of [[w.viewer, false], [w.reviewer, false], [w.editor, true], [w.owner, true]] as const) {
      const trash = await listTrashedDocuments({ actor: actorOf(who), workspaceSlug: w.slug });
      expect(trash.canRestore).toBe(canRestore);
      expect(trash.documents.map((d) => d.id)).toEqual([doc.id]);
    }
    expect(await codeOf(listTrashedDocuments({ actor: actorOf(w.outsider), workspaceSlug: w.slug }))).toBe("NOT_FOUND");
  });

  it("another workspace's document, an unknown id or a bad one: 404 for trash, restore and the old link", async () => {
    const a = await workspaceWithEveryRole();
    const b = await workspaceWithEveryRole();
    const { doc } = await docWithClaim(a);
    await trashDocument({ actor: actorOf(a.editor), workspaceSlug: a.slug, documentId: doc.id });
    // a.owner owns both; through B's slug, A's document does not exist.
    await db.membership.create({ data: { workspaceId: b.ws.id, userId: a.owner.id, role: "OWNER" } });
    const actor = actorOf(a.owner);
    for (const documentId of [doc.id, "7d2c1f6e-1b8a-4a57-9a55-2f2d3b1c0e99", "not-a-uuid"]) {
      expect(await codeOf(restoreDocument({ actor, workspaceSlug: b.slug, documentId }))).toBe("NOT_FOUND");
      expect(await codeOf(trashDocument({ actor, workspaceSlug: b.slug, documentId }))).toBe("NOT_FOUND");
      expect(await codeOf(getDocumentPresence({ actor, workspaceSlug: b.slug, documentId }))).toBe("NOT_FOUND");
    }
    expect((await listTrashedDocuments({ actor, workspaceSlug: b.slug })).documents).toEqual([]);
    expect(await codeOf(getDocumentPresence({ actor: actorOf(a.outsider), workspaceSlug: a.slug, documentId: doc.id }))).toBe("NOT_FOUND");
    expect(await codeOf(restoreDocument({ actor: actorOf(a.outsider), workspaceSlug: a.slug, documentId: doc.id }))).toBe("NOT_FOUND");
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).deletedAt).not.toBeNull();
  });

  it("refuses input beyond the document (strict schemas)", async () => {
    const w = await workspaceWithEveryRole();
    const { doc } = await docWithClaim(w);
    const extra = { workspaceSlug: w.slug, documentId: doc.id, deletedAt: null } as never;
    expect(await codeOf(trashDocument({ actor: actorOf(w.editor), ...(extra as object) } as never))).toBe("BAD_REQUEST");
    expect(await codeOf(restoreDocument({ actor: actorOf(w.editor), ...(extra as object) } as never))).toBe("BAD_REQUEST");
  });
});

describe("trash, restore, purge", () => {
  it("a trashed document's link says who trashed it and when; its claims leave with it and come back on restore", async () => {
    const w = await workspaceWithEveryRole();
    const { doc, claim } = await docWithClaim(w, "Harbour dredging resumes");
    const viewer = actorOf(w.viewer);
    expect(await getDocumentPresence({ actor: viewer, workspaceSlug: w.slug, documentId: doc.id })).toEqual({ state: "live" });

    const trashedAt = daysAgo(3);
    await trashDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, now: trashedAt });
    expect(await codeOf(getDocument({ actor: viewer, workspaceSlug: w.slug, documentId: doc.id }))).toBe("NOT_FOUND");
    expect((await listDocuments({ actor: viewer, workspaceSlug: w.slug })).total).toBe(0);
    expect((await listClaims({ actor: viewer, workspaceSlug: w.slug })).total).toBe(0);
    const presence = await getDocumentPresence({ actor: viewer, workspaceSlug: w.slug, documentId: doc.id });
    expect(presence).toEqual({
      state: "trashed",
      canRestore: false,
      document: {
        id: doc.id,
        title: "Harbour dredging resumes",
        claimCount: 1,
        trashedAt: trashedAt.toISOString(),
        trashedBy: { id: w.editor.id, name: expect.stringContaining("editor") },
        purgeAt: new Date(trashedAt.getTime() + TRASH_RETENTION_DAYS * DAY).toISOString(),
      },
    });
    expect(await codeOf(trashDocument({ actor: actorOf(w.owner), workspaceSlug: w.slug, documentId: doc.id }))).toBe("NOT_FOUND");

    expect(await restoreDocument({ actor: actorOf(w.admin), workspaceSlug: w.slug, documentId: doc.id })).toEqual({ id: doc.id, title: "Harbour dredging resumes" });
    expect(await codeOf(restoreDocument({ actor: actorOf(w.admin), workspaceSlug: w.slug, documentId: doc.id }))).toBe("CONFLICT");
    expect((await getDocument({ actor: viewer, workspaceSlug: w.slug, documentId: doc.id })).title).toBe("Harbour dredging resumes");
    expect((await listClaims({ actor: viewer, workspaceSlug: w.slug })).claims.map((c) => c.id)).toEqual([claim.id]);
    const row = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect([row.deletedAt, row.deletedById]).toEqual([null, null]);
    expect(await auditFor(w.ws.id, doc.id)).toEqual([
      { action: "document.imported", actorId: w.editor.id, data: expect.anything() },
      { action: "document.trashed", actorId: w.editor.id, data: { title: "Harbour dredging resumes" } },
      { action: "document.restored", actorId: w.admin.id, data: { title: "Harbour dredging resumes", trashedAt: trashedAt.toISOString() } },
    ]);
  });

  it("purges what has been in the trash for 30 days (claims and original with it), keeps the rest, and audits it", async () => {
    const w = await workspaceWithEveryRole();
    const editor = actorOf(w.editor);
    const now = new Date();
    const old = await docWithClaim(w, "Old and gone");
    const recent = await docWithClaim(w, "Trashed last week");
    const live = await docWithClaim(w, "Still live");
    // Dates before anything another test trashes (at the real "now"), so purging at these moments cannot touch their documents.
    const t0 = daysAgo(TRASH_RETENTION_DAYS + 2, now);
    await trashDocument({ actor: editor, workspaceSlug: w.slug, documentId: old.doc.id, now: t0 });
    await trashDocument({ actor: editor, workspaceSlug: w.slug, documentId: recent.doc.id, now: daysAgo(7, now) });

    // One millisecond short of 30 days: still there, still restorable, still listed.
    const justBefore = new Date(t0.getTime() + TRASH_RETENTION_DAYS * DAY - 1);
    await purgeTrashedDocuments({ now: justBefore });
    expect(await db.document.count({ where: { id: old.doc.id } })).toBe(1);
    expect((await listTrashedDocuments({ actor: editor, workspaceSlug: w.slug, now: justBefore })).documents.map((d) => d.title)).toEqual(["Trashed last week", "Old and gone"]);

    // Past 30 days but not purged yet: it can no longer come back, and the link reads as unknown.
    expect(await codeOf(restoreDocument({ actor: editor, workspaceSlug: w.slug, documentId: old.doc.id, now }))).toBe("NOT_FOUND");
    expect(await codeOf(getDocumentPresence({ actor: editor, workspaceSlug: w.slug, documentId: old.doc.id, now }))).toBe("NOT_FOUND");
    expect((await listTrashedDocuments({ actor: editor, workspaceSlug: w.slug, now })).documents.map((d) => d.title)).toEqual(["Trashed last week"]);

    const result = await purgeTrashedDocuments({ now: new Date(t0.getTime() + TRASH_RETENTION_DAYS * DAY + 1), batchSize: 1 });
    expect(result.purged).toBeGreaterThanOrEqual(1);
    expect(await db.document.findUnique({ where: { id: old.doc.id } })).toBeNull();
    expect(await db.claim.findUnique({ where: { id: old.claim.id } })).toBeNull();
    expect(await db.documentImport.count({ where: { documentId: old.doc.id } })).toBe(0);
    expect(await db.document.count({ where: { id: { in: [recent.doc.id, live.doc.id] } } })).toBe(2);
    expect(await db.claim.count({ where: { id: { in: [recent.claim.id, live.claim.id] } } })).toBe(2);
    expect(await auditFor(w.ws.id, old.doc.id)).toEqual([
      { action: "document.imported", actorId: w.editor.id, data: expect.anything() },
      { action: "document.trashed", actorId: w.editor.id, data: { title: "Old and gone" } },
      { action: "document.purged", actorId: null, data: { title: "Old and gone", trashedAt: t0.toISOString() } },
    ]);
    // Nothing left to do: a second run purges nothing of ours.
    await purgeTrashedDocuments({ now: new Date(t0.getTime() + TRASH_RETENTION_DAYS * DAY + 1) });
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "document.purged" } })).toBe(1);

    // The recently trashed one is still restorable, with its claim.
    await restoreDocument({ actor: editor, workspaceSlug: w.slug, documentId: recent.doc.id, now });
    expect((await listClaims({ actor: editor, workspaceSlug: w.slug, documentId: recent.doc.id })).total).toBe(1);
  });
});

describe("the background worker", () => {
  // In this file (tests of one file run in turn): the purge is database-wide, and the test above
  // counts on its old document staying until it purges it itself.
  it("schedules the purge hourly and runs it as a pg-boss job that deletes what is past 30 days", async () => {
    const w = await workspaceWithEveryRole();
    const { doc } = await docWithClaim(w, "Purged by the worker");
    await trashDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, now: daysAgo(TRASH_RETENTION_DAYS + 5) });
    // Only the purge: another file's sources must not be captured (or swept) by this worker.
    const worker = await startWorker({ jobs: SCHEDULED_JOBS.filter((j) => j.name === PURGE_TRASH_JOB), queues: [] });
    try {
      expect((await worker.boss.getSchedules(PURGE_TRASH_JOB)).map((s) => ({ name: s.name, cron: s.cron, tz: s.timezone }))).toEqual([
        { name: PURGE_TRASH_JOB, cron: "23 * * * *", tz: "UTC" },
      ]);
      // Not waiting for minute 23: send the job the schedule would send.
      const jobId = (await worker.boss.send(PURGE_TRASH_JOB, null))!;
      await expect.poll(async () => (await worker.boss.getJobById(PURGE_TRASH_JOB, jobId))?.state, { timeout: 20_000, interval: 250 }).toBe("completed");
      expect(await db.document.findUnique({ where: { id: doc.id } })).toBeNull();
      expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "document.purged", targetId: doc.id } })).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});
