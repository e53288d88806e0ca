import { csvRow, CSV_BOM } from "@/lib/domain/claims/claims-csv";
import { describeAuditEvent } from "./describe-audit-event";

/**
 * The workspace's audit log as CSV, the way claims are exported (lib/domain/claims/claims-csv: RFC
 * 4180, CRLF, UTF-8 with a byte-order mark, and any cell a spreadsheet would run as a formula
 * neutralised with a leading single quote: actor names, quotes, comments and reasons are written
 * by users). Pure.
 */

export const AUDIT_CSV_COLUMNS = ["id", "created_at", "actor_id", "actor_name", "actor_email", "action", "target_type", "target_id", "description", "ip", "data"] as const;

export type TAuditCsvEvent = {
  id: string;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
  action: string;
  targetType: string;
  targetId: string | null;
  data: unknown;
  ip: string | null;
};

export function auditCsvCells(e: TAuditCsvEvent): (string | null)[] {
  return [
    e.id,
    e.createdAt.toISOString(),
    e.actor?.id ?? null,
    e.actor?.name ?? null,
    e.actor?.email ?? null,
    e.action,
    e.targetType,
    e.targetId,
    describeAuditEvent({ action: e.action, data: e.data, actorName: e.actor?.name ?? null }),
    e.ip,
    JSON.stringify(e.data ?? {}),
  ];
}

/** Header plus one line per event, in the order given (the log's: newest first). */
export function auditCsv(events: readonly TAuditCsvEvent[]): string {
  return CSV_BOM + [csvRow(AUDIT_CSV_COLUMNS), ...events.map((e) => csvRow(auditCsvCells(e)))].join("\r\n") + "\r\n";
}
