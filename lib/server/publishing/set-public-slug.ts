import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { publisherRolesOf } from "@/lib/domain/publishing/public-profile";
import { publicSlugProblem } from "@/lib/domain/publishing/public-slug";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { publicChanged } from "./public-cache-events";

export const ZSetPublicSlugInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string().refine(isUuid, "Claim not found."),
    slug: z.string({ error: "slug is required: the claim's public address, e.g. “crime-fell-by-half”." }).trim().toLowerCase().max(200, "Keep the address short."),
  })
  .strict();
export type TSetPublicSlugInput = z.input<typeof ZSetPublicSlugInput>;

/**
 * Sets a claim's public address /p/{workspace}/{slug}: before its first publication (the first
 * publication then uses it), or later, when every earlier address keeps answering with a 308 to
 * the new one, so shared links never break. An address another claim of the workspace has ever
 * had is refused (409). Whoever may publish may change it.
 */
export async function setPublicSlug({ actor, ...input }: { actor: TActor } & TSetPublicSlugInput): Promise<{ slug: string; path: string }> {
  const { workspaceSlug, claimId, slug } = ZSetPublicSlugInput.parse(input);
  const problem = publicSlugProblem(slug);
  if (problem) throw new AppError("BAD_REQUEST", problem, { fieldErrors: { slug: [problem] } });
  return db.$transaction(async (tx) => {
    const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" }, tx);
    if (!publisherRolesOf(workspace.publicProfile).includes(membership.role)) throw new AppError("FORBIDDEN", "Your role cannot change public addresses in this workspace.");
    const locked = await tx.$queryRaw<{ publicSlug: string | null }[]>`
      SELECT c."publicSlug" FROM "Claim" c JOIN "Document" d ON d.id = c."documentId"
      WHERE c.id = ${claimId}::uuid AND c."workspaceId" = ${workspace.id}::uuid AND d."deletedAt" IS NULL FOR UPDATE OF c`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "Claim not found.");
    const before = locked[0]!.publicSlug;
    if (before === slug) return { slug, path: `/p/${workspace.slug}/${slug}` };
    const holder = await tx.publicSlug.findUnique({ where: { workspaceId_slug: { workspaceId: workspace.id, slug } }, select: { claimId: true } });
    if (holder && holder.claimId !== claimId) throw new AppError("CONFLICT", `The address “${slug}” belongs to another claim of this workspace. Choose another.`);
    if (!holder) await tx.publicSlug.create({ data: { workspaceId: workspace.id, slug, claimId } });
    await tx.claim.update({ where: { id: claimId }, data: { publicSlug: slug } });
    await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "claim.public_slug_changed", targetType: "claim", targetId: claimId, data: { claimId, from: before, to: slug } });
    await publicChanged(tx, workspace.id);
    return { slug, path: `/p/${workspace.slug}/${slug}` };
  });
}
