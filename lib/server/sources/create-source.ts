import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TSourceDto } from "@/lib/domain/evidence/source-dto";
import type { TActor } from "@/lib/server/actor";
import { sendCaptureJobs } from "@/lib/server/snapshots/send-capture-jobs";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { findOrCreateSource } from "./find-or-create-source";
import { retrySourceRace } from "./retry-source-race";
import { newSourceShape } from "./source-fields";
import { sourceSelect, toSourceDtos } from "./to-source-dto";

export const ZCreateSourceInput = z.object({ workspaceSlug: z.string(), ...newSourceShape }).strict();
export type TCreateSourceInput = z.input<typeof ZCreateSourceInput>;

/**
 * Adds a source to the workspace library: a web page (`url`; its title defaults to the address's
 * host and path, and a capture is queued once the row is committed) or a source without one (a
 * title and a description). A URL already in the library (same normalized form) returns that
 * source with `created: false`; the details given fill only its empty fields. Editors, reviewers and admins.
 */
export async function createSource({ actor, ...input }: { actor: TActor } & TCreateSourceInput): Promise<{ source: TSourceDto; created: boolean }> {
  const { workspaceSlug, ...fields } = ZCreateSourceInput.parse(input);
  const result = await retrySourceRace(() =>
    db.$transaction(async (tx) => {
      const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
      const found = await findOrCreateSource(tx, { actor, workspaceId: workspace.id, fields });
      const row = await tx.source.findUniqueOrThrow({ where: { id: found.id }, select: sourceSelect });
      return { source: (await toSourceDtos(tx, [row]))[0]!, created: found.created, snapshotId: found.snapshotId };
    }),
  );
  if (result.snapshotId) await sendCaptureJobs([result.snapshotId]);
  return { source: result.source, created: result.created };
}
