import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { API_TOKEN_PREFIX, API_TOKEN_SHOWN_PREFIX_LENGTH } from "@/lib/domain/auth-token-format";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashApiToken } from "@/lib/server/tokens/hash-api-token";

const MAX_ACTIVE_TOKENS = 50;
const MAX_LIFETIME_MS = 5 * 366 * 24 * 60 * 60 * 1000;

export const ZCreateApiTokenInput = z.object({
  name: z.string({ error: "Give the token a name." }).trim().min(1, "Give the token a name.").max(80, "Keep the name under 80 characters."),
  expiresAt: z.coerce
    .date({ error: "expiresAt must be an ISO date-time." })
    .refine((d) => d.getTime() > Date.now(), "The expiry date must be in the future.")
    .refine((d) => d.getTime() < Date.now() + MAX_LIFETIME_MS, "A token can live at most 5 years.")
    .nullish(),
  /** READ_ONLY tokens may only make GET/HEAD requests (enforced where the actor is built, get-actor.ts). */
  access: z.enum(["READ_WRITE", "READ_ONLY"], { error: "access must be READ_WRITE or READ_ONLY." }).default("READ_WRITE"),
});
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenInput> & { actor: TActor };

/**
 * Creates a personal access token and returns its secret: the only time it exists in clear.
 * Only a browser session may mint tokens, so a leaked token cannot mint itself successors.
 */
export async function createApiToken({ actor, ...input }: TCreateApiTokenInput) {
  const { name, expiresAt, access } = ZCreateApiTokenInput.parse(input);
  if (actor.via !== "session") throw new AppError("FORBIDDEN", "Create personal access tokens from your account settings while signed in.");
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({
      where: { userId: actor.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    });
    if (active >= MAX_ACTIVE_TOKENS) throw new AppError("CONFLICT", `You already have ${MAX_ACTIVE_TOKENS} active tokens. Revoke one you no longer use first.`);
    const token = await tx.apiToken.create({
      data: { userId: actor.userId, name, tokenHash: hashApiToken(secret), prefix: secret.slice(0, API_TOKEN_SHOWN_PREFIX_LENGTH), expiresAt: expiresAt ?? null, access },
      select: { id: true, name: true, prefix: true, access: true, createdAt: true, expiresAt: true, lastUsedAt: true },
    });
    await recordAuditEvent(tx, { actor, workspaceId: null, action: "api_token.created", targetType: "ApiToken", targetId: token.id, data: { name, access } });
    return { token, secret };
  });
}
