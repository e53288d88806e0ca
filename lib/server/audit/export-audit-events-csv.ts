import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { auditCsv, type TAuditCsvEvent } from "@/lib/domain/audit/audit-csv";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { auditEventsWhere, ZAuditEventsFilter } from "./audit-events-filter";

/** More than this in one file is a 400 asking for a narrower date range (the file is built in memory). */
export const MAX_AUDIT_CSV_ROWS = 50_000;
const BATCH = 2_000;

export const ZExportAuditEventsCsvInput = z.object({ workspaceSlug: z.string(), ...ZAuditEventsFilter }).strict();
export type TExportAuditEventsCsvInput = z.input<typeof ZExportAuditEventsCsvInput>;

/** Every audit event matching the filters, newest first, as CSV (owners and admins, like the log). */
export async function exportAuditEventsCsv({ actor, ...input }: { actor: TActor } & TExportAuditEventsCsvInput): Promise<{ csv: string; filename: string; count: number }> {
  const { workspaceSlug, ...filter } = ZExportAuditEventsCsvInput.parse(input);
  const { workspace } = await requireMembership({ actor, capability: "workspace.settings", workspaceSlug });
  const where = auditEventsWhere(workspace.id, filter);
  // One snapshot for the count and every batch, so the file is the log at one moment.
  const events = await db.$transaction(
    async (tx) => {
      const total = await tx.auditEvent.count({ where });
      if (total > MAX_AUDIT_CSV_ROWS) {
        throw new AppError(
          "BAD_REQUEST",
          `${total.toLocaleString("en")} events match; one export holds at most ${MAX_AUDIT_CSV_ROWS.toLocaleString("en")}. Narrow it with from and to (or another filter) and export in parts.`,
        );
      }
      const out: TAuditCsvEvent[] = [];
      let cursor: bigint | null = null;
      for (;;) {
        const rows: Awaited<ReturnType<typeof batch>> = await batch(cursor);
        for (const e of rows) out.push({ ...e, id: e.id.toString() });
        if (rows.length < BATCH) break;
        cursor = rows[rows.length - 1]!.id;
      }
      return out;

      function batch(before: bigint | null) {
        return tx.auditEvent.findMany({
          where: { ...where, ...(before !== null ? { id: { lt: before } } : {}) },
          select: { id: true, createdAt: true, action: true, targetType: true, targetId: true, data: true, ip: true, actor: { select: { id: true, name: true, email: true } } },
          orderBy: { id: "desc" },
          take: BATCH,
        });
      }
    },
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );
  const stamp = new Date().toISOString().slice(0, 10);
  return { csv: auditCsv(events), filename: `${workspace.slug}-audit-${stamp}.csv`, count: events.length };
}
