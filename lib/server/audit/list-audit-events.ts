import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { auditEventsWhere, ZAuditEventsFilter } from "./audit-events-filter";

const MAX_BIGINT = 2n ** 63n - 1n;

export const ZListAuditEventsInput = z
  .object({
    workspaceSlug: z.string(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    /** The `nextCursor` of the previous page: events older than it. */
    cursor: z
      .string()
      .regex(/^\d{1,19}$/, "cursor must be the nextCursor of a previous page.")
      // 19 digits can pass bigint's range, which PostgreSQL answers with an error (a 500) instead of an empty page.
      .refine((c) => !/^\d+$/.test(c) || BigInt(c) <= MAX_BIGINT, "cursor must be the nextCursor of a previous page.")
      .optional(),
    ...ZAuditEventsFilter,
  })
  .strict();
export type TListAuditEventsInput = z.input<typeof ZListAuditEventsInput>;

/**
 * A workspace's audit log, newest first, for those who manage its settings (owners and admins),
 * optionally filtered by actor, action (exact or a prefix such as "review."), target and dates.
 */
export async function listAuditEvents({ actor, ...input }: { actor: TActor } & TListAuditEventsInput) {
  const { workspaceSlug, limit, cursor, ...filter } = ZListAuditEventsInput.parse(input);
  const { workspace } = await requireMembership({ actor, capability: "workspace.settings", workspaceSlug });
  const rows = await db.auditEvent.findMany({
    where: { ...auditEventsWhere(workspace.id, filter), ...(cursor ? { id: { lt: BigInt(cursor) } } : {}) },
    include: { actor: { select: { id: true, name: true, email: true } } },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return {
    events: page.map((e) => ({
      id: e.id.toString(),
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      data: e.data,
      actor: e.actor,
      ip: e.ip,
      createdAt: e.createdAt,
    })),
    nextCursor: rows.length > limit ? page[page.length - 1]!.id.toString() : null,
  };
}
