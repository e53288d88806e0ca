import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { publicProfileFromStored, type TPublicProfile } from "@/lib/domain/publishing/public-profile";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZGetPublicProfileInput = z.object({ workspaceSlug: z.string() }).strict();

/** The workspace's public profile, for any member (the settings card shows it; only owners and admins change it). */
export async function getPublicProfile({ actor, ...input }: { actor: TActor } & z.input<typeof ZGetPublicProfileInput>): Promise<{ profile: TPublicProfile }> {
  const { workspaceSlug } = ZGetPublicProfileInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  const row = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { publicProfile: true } });
  return { profile: publicProfileFromStored(row.publicProfile) };
}
