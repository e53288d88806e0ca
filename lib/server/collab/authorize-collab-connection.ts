import "server-only";
import { db } from "@/lib/db";
import { can, type TRole } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import { decodeCollabToken } from "./collab-token-codec";
import { documentIdFromCollabName } from "./collab-document-name";
import { presenceColor } from "@/lib/editor/presence-colors";
import { liveCredentials } from "./live-credentials";

export type TCollabAccess = {
  userId: string;
  documentId: string;
  workspaceId: string;
  role: TRole;
  /** the role may not edit, or the document's text is locked */
  readOnly: boolean;
  /** a document-wide text lock is in place (the connection is read-only whatever the role) */
  textLocked: boolean;
  user: { id: string; name: string; color: string };
  /** the sign-in behind the token, re-checked while connected (null: the token named none) */
  credential: TCollabCredential | null;
};

export type TCollabCredential = { kind: "session" | "token"; id: string };

/**
 * The collab server's gate for a new connection: the token must be signed by us, unexpired and
 * issued for exactly this document; then the database must still say the user is a member of the
 * document's workspace and the document is not deleted. The role decides read-only, not the token.
 * No actor here: the token is the credential, and this is the function that checks it.
 */
export async function authorizeCollabConnection(opts: { token: string; documentName: string; now?: Date }): Promise<TCollabAccess> {
  const claims = decodeCollabToken(opts.token);
  if (!claims) throw new AppError("UNAUTHENTICATED", "invalid-token");
  const nowSeconds = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  if (claims.exp <= nowSeconds) throw new AppError("UNAUTHENTICATED", "token-expired");
  const documentId = documentIdFromCollabName(opts.documentName);
  if (!documentId || documentId !== claims.doc.toLowerCase()) throw new AppError("FORBIDDEN", "token-for-another-document");

  const document = await db.document.findFirst({
    where: { id: documentId, workspaceId: claims.ws, deletedAt: null },
    select: { id: true, workspaceId: true, textLocks: { select: { id: true }, take: 1 } },
  });
  if (!document) throw new AppError("NOT_FOUND", "document-not-found");
  const textLocked = document.textLocks.length > 0;
  const membership = await db.membership.findFirst({
    where: { userId: claims.sub, workspaceId: document.workspaceId },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  if (!membership) throw new AppError("FORBIDDEN", "not-a-member");
  const credential: TCollabCredential | null = claims.sid ? { kind: "session", id: claims.sid } : claims.tid ? { kind: "token", id: claims.tid } : null;
  if (credential && !(await liveCredentials([{ userId: claims.sub, ...credential }])).has(credential.id)) {
    throw new AppError("UNAUTHENTICATED", "session-ended");
  }

  return {
    userId: membership.user.id,
    documentId: document.id,
    workspaceId: document.workspaceId,
    role: membership.role,
    readOnly: !can(membership.role, "content.edit") || textLocked,
    textLocked,
    user: { id: membership.user.id, name: membership.user.name, color: presenceColor(membership.user.id) },
    credential,
  };
}
