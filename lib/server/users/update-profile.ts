import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const ZUpdateProfileInput = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(120, "Keep your name under 120 characters."),
});
export type TUpdateProfileInput = z.input<typeof ZUpdateProfileInput> & { actor: TActor };

export async function updateProfile({ actor, ...input }: TUpdateProfileInput) {
  const { name } = ZUpdateProfileInput.parse(input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: actor.userId }, data: { name }, select: { id: true, email: true, name: true } });
    await recordAuditEvent(tx, { actor, workspaceId: null, action: "user.profile_updated", targetType: "User", targetId: actor.userId, data: { name } });
    return user;
  });
}
