import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

export const ZRevokeAuthSessionInput = z.object({ sessionId: z.string() });
export type TRevokeAuthSessionInput = z.infer<typeof ZRevokeAuthSessionInput> & { actor: TActor };

/** Ends one of the actor's own sessions (sign out, or "sign out" on a row of the sessions list). */
export async function revokeAuthSession({ actor, ...input }: TRevokeAuthSessionInput) {
  const { sessionId } = ZRevokeAuthSessionInput.parse(input);
  if (!isUuid(sessionId)) throw new AppError("NOT_FOUND", "Session not found.");
  const { count } = await db.authSession.updateMany({
    where: { id: sessionId, userId: actor.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Session not found.");
}
