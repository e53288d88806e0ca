import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TPublicProfile } from "@/lib/domain/publishing/public-profile";
import { parseRationale, policySchema } from "@/lib/editor/rationale-extensions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { publicChanged } from "./public-cache-events";

const noNul = (s: string) => !/[\u0000]/.test(s);
const ZText = (max: number, what: string) => z.string({ error: `${what} is text.` }).trim().max(max, `${what}: at most ${max} characters.`).refine(noNul, `${what} cannot contain NUL characters.`);

export const ZPublicProfile = z.strictObject({
  publicName: ZText(120, "The public name").nullable(),
  logoUrl: z
    .string()
    .trim()
    .max(500, "The logo address: at most 500 characters.")
    .refine((s) => /^https:\/\/[^\s"'<>]+$/i.test(s), "The logo address must be an https:// address of an image.")
    .nullable(),
  about: ZText(4000, "About"),
  showNames: z.boolean({ error: "showNames is true or false." }),
  methodology: z.unknown().nullable(),
  correctionsPolicy: z.unknown().nullable(),
  extraPublisherRoles: z.array(z.enum(["EDITOR", "REVIEWER"], { error: "Besides owners and admins, editors and reviewers may be allowed to publish." })).max(2),
});

export const ZUpdatePublicProfileInput = z.object({ workspaceSlug: z.string(), profile: ZPublicProfile }).strict();
export type TUpdatePublicProfileInput = z.input<typeof ZUpdatePublicProfileInput>;

function richText(v: unknown, what: string) {
  if (v === null) return null;
  const parsed = parseRationale(v, policySchema());
  if (!parsed.ok) throw new AppError("BAD_REQUEST", `${what}: ${parsed.error}`);
  // An empty editor means "none": the public page then shows the default text.
  return parsed.text.trim() ? parsed.doc : null;
}

/**
 * Replaces the workspace's public profile (owners and admins). The methodology and corrections
 * policy are parsed against the policy schema (the rationale's, with headings; no script, only http(s)/mailto links). Every
 * public page shows the change at once: the caches hear of it.
 */
export async function updatePublicProfile({ actor, ...input }: { actor: TActor } & TUpdatePublicProfileInput): Promise<{ profile: TPublicProfile }> {
  const { workspaceSlug, profile: sent } = ZUpdatePublicProfileInput.parse(input);
  const profile: TPublicProfile = {
    publicName: sent.publicName?.trim() || null,
    logoUrl: sent.logoUrl || null,
    about: sent.about,
    showNames: sent.showNames,
    methodology: richText(sent.methodology, "The methodology") as TPublicProfile["methodology"],
    correctionsPolicy: richText(sent.correctionsPolicy, "The corrections policy") as TPublicProfile["correctionsPolicy"],
    extraPublisherRoles: [...new Set(sent.extraPublisherRoles)],
  };
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.settings" }, tx);
    await tx.workspace.update({ where: { id: workspace.id }, data: { publicProfile: profile as unknown as Prisma.InputJsonObject } });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "workspace.public_profile_updated",
      targetType: "workspace",
      targetId: workspace.id,
      data: { publicName: profile.publicName, showNames: profile.showNames, extraPublisherRoles: profile.extraPublisherRoles },
    });
    await publicChanged(tx, workspace.id);
    return { profile };
  });
}
