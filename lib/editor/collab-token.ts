/** The presence identity the collab server stamps on each connection. */
export type TCollabUser = { id: string; name: string; color: string };

/**
 * What GET /api/w/{slug}/documents/{id}/collab-token answers: the contract between the token
 * issuer (lib/server/collab) and the browser editor (components/editor).
 */
export type TCollabTokenGrant = {
  token: string;
  /** Where the browser opens the WebSocket: absolute (COLLAB_PUBLIC_URL) or a same-origin path. */
  url: string;
  documentName: string;
  /** the role may not edit, or the text is locked */
  readOnly: boolean;
  /** a document-wide text lock is in place: nobody edits the text until an editor unlocks it */
  textLocked: boolean;
  expiresAt: string;
  user: TCollabUser;
};
