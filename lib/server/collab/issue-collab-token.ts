import "server-only";
import type { TCollabTokenGrant } from "@/lib/editor/collab-token";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { encodeCollabToken } from "./collab-token-codec";
import { collabDocumentName } from "./collab-document-name";
import { presenceColor } from "@/lib/editor/presence-colors";

/** Short enough that a leaked token is soon useless; the provider fetches a fresh one per (re)connect. */
export const COLLAB_TOKEN_TTL_SECONDS = 5 * 60;

export const ZIssueCollabTokenInput = z.object({
  workspaceSlug: z.string().min(1).max(100),
  documentId: z.string(),
});
export type TIssueCollabTokenInput = z.infer<typeof ZIssueCollabTokenInput>;

export type { TCollabTokenGrant } from "@/lib/editor/collab-token";

/**
 * A token that lets the actor open one document on the collab server for a few minutes.
 * The collab server re-checks membership and role itself; the token only proves who asks for what.
 */
export async function issueCollabToken(opts: { actor: TActor } & TIssueCollabTokenInput): Promise<TCollabTokenGrant> {
  const input = ZIssueCollabTokenInput.parse({ workspaceSlug: opts.workspaceSlug, documentId: opts.documentId });
  if (opts.actor.via === "token" && opts.actor.tokenId) {
    // The collab server decides read-only from the role alone, so a read-only personal access token
    // that reached it could write; it reads documents through the REST API instead.
    const token = await db.apiToken.findUnique({ where: { id: opts.actor.tokenId }, select: { access: true } });
    if (token?.access !== "READ_WRITE") {
      throw new AppError("FORBIDDEN", "A read-only personal access token cannot open the live editor. Read the document with GET /api/w/{slug}/documents/{id}.");
    }
  }
  const { workspace, membership } = await requireMembership({
    actor: opts.actor,
    capability: "workspace.read",
    workspaceSlug: input.workspaceSlug,
  });
  if (!isUuid(input.documentId)) throw new AppError("NOT_FOUND", "Document not found.");
  const document = await db.document.findFirst({
    where: { id: input.documentId, workspaceId: workspace.id, deletedAt: null },
    select: { id: true, textLocks: { select: { id: true }, take: 1 } },
  });
  if (!document) throw new AppError("NOT_FOUND", "Document not found.");
  const textLocked = document.textLocks.length > 0;
  const user = await db.user.findUniqueOrThrow({ where: { id: opts.actor.userId }, select: { id: true, name: true } });

  const iat = Math.floor(Date.now() / 1000);
  const exp = iat + COLLAB_TOKEN_TTL_SECONDS;
  return {
    token: encodeCollabToken({
      sub: user.id,
      doc: document.id,
      ws: workspace.id,
      iat,
      exp,
      // Bound to the sign-in it came through, so "sign out everywhere" also ends collab sessions.
      ...(opts.actor.via === "session" && opts.actor.sessionId ? { sid: opts.actor.sessionId } : {}),
      ...(opts.actor.via === "token" && opts.actor.tokenId ? { tid: opts.actor.tokenId } : {}),
    }),
    url: env().COLLAB_PUBLIC_URL ?? "/ws/collab",
    documentName: collabDocumentName(document.id),
    readOnly: !can(membership.role, "content.edit") || textLocked,
    textLocked,
    expiresAt: new Date(exp * 1000).toISOString(),
    user: { id: user.id, name: user.name, color: presenceColor(user.id) },
  };
}
