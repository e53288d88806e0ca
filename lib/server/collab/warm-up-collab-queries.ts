import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

/**
 * Runs each query shape the collab server uses once against an id that matches nothing, so a
 * freshly (re)started process has its database pool open and Prisma's per-shape query plans
 * compiled before the first client connects: a restart then costs clients milliseconds, not a
 * noticeable pause on their first keystroke.
 */
export async function warmUpCollabQueries(): Promise<void> {
  const id = randomUUID();
  await db.document.findFirst({ where: { id, workspaceId: id, deletedAt: null }, select: { id: true, workspaceId: true } });
  await db.membership.findFirst({ where: { userId: id, workspaceId: id }, select: { role: true, user: { select: { id: true, name: true } } } });
  await db.membership.findMany({ where: { workspaceId: id, userId: { in: [id] } }, select: { userId: true, role: true } });
  await db.document.findUnique({ where: { id }, select: { ydoc: true } });
  await db.documentUpdate.findMany({ where: { documentId: id }, orderBy: { seq: "asc" }, select: { update: true } });
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Document" WHERE "id" = ${id}::uuid FOR NO KEY UPDATE`;
    await tx.document.findUnique({ where: { id }, select: { ydoc: true, version: true } });
    await tx.documentUpdate.findMany({ where: { documentId: id }, orderBy: { seq: "asc" }, select: { seq: true, update: true } });
  });
  // The insert's plan compiles before the foreign key refuses the row.
  await db.documentUpdate.create({ data: { documentId: id, workspaceId: id, update: new Uint8Array([0, 0]) }, select: { seq: true } }).catch(() => {});
}
