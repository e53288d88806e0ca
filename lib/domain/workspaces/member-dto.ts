import type { TRole } from "@/lib/domain/roles";

/** A member of a workspace, as the API returns it and the members page receives it. */
export type TMemberDto = {
  userId: string;
  name: string;
  email: string;
  role: TRole;
  /** ISO time the membership was created. */
  joinedAt: string;
};
