/** Workspace settings rules shared by forms, the API and the server layer. */
export const WORKSPACE_NAME_MAX = 80;
export const MIN_REQUIRED_APPROVALS = 1;
export const MAX_REQUIRED_APPROVALS = 5;
export const INVITATION_TTL_DAYS = 7;

export type TInvitationState = "pending" | "accepted" | "revoked" | "expired";

/** An invitation's state at `now`; revocation and acceptance win over expiry. */
export function invitationState(inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): TInvitationState {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  if (inv.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}
