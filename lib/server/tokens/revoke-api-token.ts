import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const ZRevokeApiTokenInput = z.object({ tokenId: z.string() });
export type TRevokeApiTokenInput = z.input<typeof ZRevokeApiTokenInput> & { actor: TActor };

/** Revokes one of the actor's own tokens; anyone else's (or a revoked one) is simply not found. */
export async function revokeApiToken({ actor, ...input }: TRevokeApiTokenInput) {
  const { tokenId } = ZRevokeApiTokenInput.parse(input);
  if (!isUuid(tokenId)) throw new AppError("NOT_FOUND", "Token not found.");
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new AppError("NOT_FOUND", "Token not found.");
    await recordAuditEvent(tx, { actor, workspaceId: null, action: "api_token.revoked", targetType: "ApiToken", targetId: tokenId });
  });
}
