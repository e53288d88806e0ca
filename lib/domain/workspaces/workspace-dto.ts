import type { TRole } from "@/lib/domain/roles";

/** A workspace as one of its members sees it in their list: their role and how many people are in it. */
export type TMyWorkspaceDto = {
  id: string;
  slug: string;
  name: string;
  role: TRole;
  memberCount: number;
  /** ISO time the actor joined. */
  joinedAt: string;
};
