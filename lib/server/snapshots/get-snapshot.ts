import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import type { TSnapshotDetail } from "@/lib/domain/evidence/snapshot-dto";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { snapshotDetailSelect, toSnapshotDetail } from "./to-snapshot-dto";

export const ZGetSnapshotInput = z.object({ workspaceSlug: z.string(), snapshotId: z.string() });
export type TGetSnapshotInput = z.infer<typeof ZGetSnapshotInput>;

/** One capture with its readable text (the snapshot view highlights excerpts in it); members read it. */
export async function getSnapshot({ actor, ...input }: { actor: TActor } & TGetSnapshotInput): Promise<TSnapshotDetail> {
  const { workspaceSlug, snapshotId } = ZGetSnapshotInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(snapshotId)) throw new AppError("NOT_FOUND", "Snapshot not found.");
  const row = await db.sourceSnapshot.findFirst({ where: { id: snapshotId, workspaceId: workspace.id }, select: snapshotDetailSelect });
  if (!row) throw new AppError("NOT_FOUND", "Snapshot not found.");
  return toSnapshotDetail(row);
}
