import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

export const ZLiveTopicsInput = z
  .object({ claim: z.string().refine(isUuid, "claim must be a claim id.").optional() })
  .strict();
export type TLiveTopicsInput = z.infer<typeof ZLiveTopicsInput>;

/**
 * The topics an event stream may follow: the caller's own notifications, and a claim's
 * conversation only if the caller is a member of its workspace (404 otherwise, as everywhere).
 */
export async function liveTopics({ actor, ...input }: { actor: TActor } & TLiveTopicsInput): Promise<string[]> {
  const { claim } = ZLiveTopicsInput.parse(input);
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const topics = [`user:${actor.userId}`];
  if (claim) {
    const found = await db.claim.findFirst({
      where: { id: claim, document: { deletedAt: null }, workspace: { memberships: { some: { userId: actor.userId } } } },
      select: { id: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "Claim not found.");
    topics.push(`claim:${found.id}`);
  }
  return topics;
}
