import type { TRole } from "@/lib/domain/roles";

/** A pending invitation (never its token: only the invitee's link carries that). Times are ISO strings. */
export type TInvitationDto = {
  id: string;
  email: string;
  role: TRole;
  invitedBy: { id: string; name: string };
  createdAt: string;
  expiresAt: string;
};
