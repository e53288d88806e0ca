import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZGetSnapshotHtmlInput = z.object({ workspaceSlug: z.string(), snapshotId: z.string() });
export type TGetSnapshotHtmlInput = z.infer<typeof ZGetSnapshotHtmlInput>;

/**
 * The page source a capture kept, for the sandboxed …/html route only (never rendered as a live
 * page of ours). NOT_FOUND when the capture kept none (failed, pending, plain text).
 */
export async function getSnapshotHtml({ actor, ...input }: { actor: TActor } & TGetSnapshotHtmlInput): Promise<{ html: string; finalUrl: string | null }> {
  const { workspaceSlug, snapshotId } = ZGetSnapshotHtmlInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(snapshotId)) throw new AppError("NOT_FOUND", "Snapshot not found.");
  const row = await db.sourceSnapshot.findFirst({ where: { id: snapshotId, workspaceId: workspace.id }, select: { html: true, finalUrl: true } });
  if (!row) throw new AppError("NOT_FOUND", "Snapshot not found.");
  if (row.html === null) throw new AppError("NOT_FOUND", "This capture kept no page source.");
  return { html: row.html, finalUrl: row.finalUrl };
}
