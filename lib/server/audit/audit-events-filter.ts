import "server-only";
import { z } from "zod";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A day (YYYY-MM-DD, UTC) or an instant (ISO 8601 with a zone): a real date, else a 400 with a sentence. */
const ZDateParam = (name: "from" | "to") =>
  z
    .string()
    .trim()
    .refine((v) => (DATE_ONLY.test(v) || DATE_TIME.test(v)) && validDate(v), `${name} must be a date (YYYY-MM-DD) or a time (ISO 8601 with a zone, e.g. 2026-12-05T10:00Z).`)
    .optional();

function validDate(v: string): boolean {
  const d = new Date(DATE_ONLY.test(v) ? `${v}T00:00:00Z` : v);
  // new Date("2026-02-31") rolls over; a real date reads back the same day.
  return !Number.isNaN(d.getTime()) && (!DATE_ONLY.test(v) || d.toISOString().slice(0, 10) === v);
}

/**
 * The audit log's filters, shared by the list and the CSV export (query strings: every value a string).
 * `member` is who acted; `action` is exact ("review.approved") or, ending in "." or ".*", a prefix ("review." = every review event).
 * `from` and `to` are inclusive; a day means the whole day in UTC.
 */
export const ZAuditEventsFilter = {
  /** The id of the person who acted (not named actorId: keys the server sets never appear as inputs). */
  member: z
    .string()
    .trim()
    .refine((v) => isUuid(v), "member must be the id of a member (or former member).")
    .optional(),
  action: z
    .string()
    .trim()
    .max(100, "action is at most 100 characters.")
    .regex(/^[a-z_]+(\.[a-z_]+)*(\.|\.\*)?$/, "action must be an audit action such as review.approved, or a prefix such as review.")
    .optional(),
  targetType: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z_]+$/, "targetType must be a kind of target such as claim, evidence or workspace.")
    .optional(),
  targetId: z.string().trim().min(1).max(100, "targetId is at most 100 characters.").optional(),
  from: ZDateParam("from"),
  to: ZDateParam("to"),
};

export type TAuditEventsFilter = { member?: string; action?: string; targetType?: string; targetId?: string; from?: string; to?: string };

const start = (v: string) => new Date(DATE_ONLY.test(v) ? `${v}T00:00:00Z` : v);
/** The first instant after `to`: the next day for a day, else the instant plus 1 ms (times are stored to the millisecond). */
const end = (v: string) => (DATE_ONLY.test(v) ? new Date(start(v).getTime() + 86_400_000) : new Date(start(v).getTime() + 1));

/** The Prisma filter for a workspace's events under these (already parsed) filters. */
export function auditEventsWhere(workspaceId: string, f: TAuditEventsFilter): Prisma.AuditEventWhereInput {
  const from = f.from ? start(f.from) : null;
  const to = f.to ? end(f.to) : null;
  if (from && to && from >= to) throw new AppError("BAD_REQUEST", "from must be before to.", { fieldErrors: { from: ["from must be before to."] } });
  const action = f.action;
  const prefix = action && (action.endsWith(".*") ? action.slice(0, -1) : action.endsWith(".") ? action : null);
  return {
    workspaceId,
    ...(f.member ? { actorId: f.member } : {}),
    ...(action ? { action: prefix ? { startsWith: prefix } : action } : {}),
    ...(f.targetType ? { targetType: f.targetType } : {}),
    ...(f.targetId ? { targetId: f.targetId } : {}),
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
  };
}
