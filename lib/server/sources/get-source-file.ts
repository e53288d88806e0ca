import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZGetSourceFileInput = z.object({ workspaceSlug: z.string(), sourceId: z.string() }).strict();
export type TGetSourceFileInput = z.infer<typeof ZGetSourceFileInput>;

/** The uploaded file of a source in a workspace the actor belongs to; any other id is "not found". */
export async function getSourceFile({ actor, ...input }: { actor: TActor } & TGetSourceFileInput): Promise<{ fileName: string; mediaType: string; sha256: string; bytes: Uint8Array }> {
  const { workspaceSlug, sourceId } = ZGetSourceFileInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(sourceId)) throw new AppError("NOT_FOUND", "Source file not found.");
  const file = await db.sourceFile.findFirst({ where: { sourceId, workspaceId: workspace.id }, select: { fileName: true, mediaType: true, sha256: true, data: true } });
  if (!file) throw new AppError("NOT_FOUND", "Source file not found.");
  return { fileName: file.fileName, mediaType: file.mediaType, sha256: file.sha256, bytes: file.data };
}
