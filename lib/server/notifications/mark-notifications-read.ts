import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

export const ZMarkNotificationsReadInput = z
  .object({
    /** These notifications (the caller's own; others' ids change nothing)… */
    ids: z.array(z.string().refine(isUuid, "Each id must be a notification id."), { error: "ids must be a list of notification ids." }).min(1).max(200).optional(),
    /** …or all of them. */
    all: z.literal(true, { error: "all must be true." }).optional(),
  })
  .strict()
  .refine((v) => (v.ids === undefined) !== (v.all === undefined), "Send either ids or all: true.");
export type TMarkNotificationsReadInput = z.input<typeof ZMarkNotificationsReadInput>;

/** Marks the caller's notifications read; scoped by the caller, so nobody can mark another's. */
export async function markNotificationsRead({ actor, ...input }: { actor: TActor } & TMarkNotificationsReadInput): Promise<{ marked: number }> {
  const { ids } = ZMarkNotificationsReadInput.parse(input);
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const { count } = await db.notification.updateMany({
    where: { userId: actor.userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
