import "server-only";
import type { TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

const WHAT: Record<string, string> = {
  "claim.updated": "edited the claim",
  "claim.status_changed": "moved it on in the workflow",
  "claim.reviewers_changed": "changed the requested reviewers",
  "verdict.created": "saved a new verdict version",
  "review.approved": "approved it",
  "review.changes_requested": "requested changes",
  "review.override_approved": "approved it by override",
  "review.approvals_voided": "voided the approvals by a change",
};

/**
 * The 409 for a write based on an old claim version, naming what happened since: the audit
 * events of this claim that recorded a newer version ("Since you loaded it: Ana approved it;
 * Ben saved a new verdict version."), so the person knows what to look at before trying again.
 */
export async function staleClaimConflict(tx: TTx, opts: { workspaceId: string; claimId: string; sentVersion: number }): Promise<AppError> {
  const events = await tx.auditEvent.findMany({
    where: { workspaceId: opts.workspaceId, targetType: "claim", targetId: opts.claimId },
    orderBy: { id: "desc" },
    take: 30,
    select: { action: true, data: true, actor: { select: { name: true } } },
  });
  const since = events
    .filter((e) => {
      const v = (e.data as { claimVersion?: unknown } | null)?.claimVersion;
      return typeof v === "number" && v > opts.sentVersion;
    })
    .reverse()
    .map((e) => `${e.actor?.name ?? "Someone"} ${WHAT[e.action] ?? "changed it"}`);
  const unique = [...new Set(since)];
  const detail = unique.length > 0 ? ` Since you loaded it: ${unique.join("; ")}.` : "";
  return new AppError("CONFLICT", `This claim changed since you loaded it.${detail} Reload it and try again.`);
}
