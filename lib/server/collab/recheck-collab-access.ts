import "server-only";
import { db } from "@/lib/db";
import type { TRole } from "@/lib/domain/roles";
import { liveCredentials, type TCredentialRef } from "./live-credentials";

export type TCollabAccessRecheck = {
  /** false when the document was deleted (soft or hard) since the connections opened */
  documentLive: boolean;
  /** a document-wide text lock is in place: every connection is read-only */
  textLocked: boolean;
  /** current role per asked user id; absent: no longer a member */
  roles: Map<string, TRole>;
  /** ids of the asked sign-ins (sessions / API tokens) that are still live */
  liveCredentials: Set<string>;
};

/**
 * A few queries for everyone connected to a document: is the document still there, what role (if
 * any) does each user still hold in its workspace, and are their sign-ins still live. The collab server runs this periodically
 * and before accepting a write from a connection whose last check is stale.
 */
export async function recheckCollabAccess(opts: {
  documentId: string;
  workspaceId: string;
  userIds: string[];
  credentials?: TCredentialRef[];
}): Promise<TCollabAccessRecheck> {
  const document = await db.document.findFirst({
    where: { id: opts.documentId, workspaceId: opts.workspaceId, deletedAt: null },
    select: { id: true, textLocks: { select: { id: true }, take: 1 } },
  });
  const textLocked = (document?.textLocks.length ?? 0) > 0;
  const roles = new Map<string, TRole>();
  const live = await liveCredentials(opts.credentials ?? []);
  if (!document || opts.userIds.length === 0) return { documentLive: Boolean(document), textLocked, roles, liveCredentials: live };
  const memberships = await db.membership.findMany({
    where: { workspaceId: opts.workspaceId, userId: { in: opts.userIds } },
    select: { userId: true, role: true },
  });
  for (const m of memberships) roles.set(m.userId, m.role);
  return { documentLive: true, textLocked, roles, liveCredentials: live };
}
