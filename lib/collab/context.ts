import type { TCollabAccess } from "@/lib/server/collab/authorize-collab-connection";

/** What each authenticated connection carries (Hocuspocus `context`). */
export type TCollabContext = {
  access: TCollabAccess;
  /** ms timestamp of the last time the database confirmed this user's membership and role */
  verifiedAt: number;
};

export const CLOSE_ACCESS_REVOKED = { code: 4403, reason: "access-revoked" } as const;
export const CLOSE_DOCUMENT_DELETED = { code: 4404, reason: "document-deleted" } as const;
/**
 * Stateless message to a connection whose document's text was locked or unlocked while it was
 * open: the editor turns read-only (or back, if the role allows) and refreshes the lock state.
 */
export const textLockMessage = (locked: boolean) => JSON.stringify({ type: "text-lock-changed", locked });

export const CLOSE_SESSION_ENDED = { code: 4401, reason: "session-ended" } as const;
