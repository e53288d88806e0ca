import "server-only";
import type { TTx } from "@/lib/db";
import type { TAuditAction } from "@/lib/domain/audit/audit-actions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";

/** Appends to the audit log inside the caller's transaction, so the record and the change commit together. */
export async function recordAuditEvent(
  tx: TTx,
  opts: {
    actor: TActor | null;
    workspaceId: string | null;
    action: TAuditAction;
    targetType: string;
    targetId?: string | null;
    data?: Prisma.InputJsonValue;
  },
) {
  await tx.auditEvent.create({
    data: {
      workspaceId: opts.workspaceId,
      actorId: opts.actor?.userId ?? null,
      action: opts.action,
      targetType: opts.targetType,
      targetId: opts.targetId ?? null,
      data: opts.data ?? {},
      ip: opts.actor?.ip ?? null,
    },
  });
}
