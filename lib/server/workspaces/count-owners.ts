import "server-only";
import type { TTx } from "@/lib/db";

/** Owners of a workspace; call after requireMembershipForUpdate so the number cannot change before commit. */
export async function countOwners(tx: TTx, workspaceId: string): Promise<number> {
  return tx.membership.count({ where: { workspaceId, role: "OWNER" } });
}
