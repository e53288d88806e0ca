import "server-only";
import { db } from "@/lib/db";
import type { TMyWorkspaceDto } from "@/lib/domain/workspaces/workspace-dto";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { myWorkspaceSelect, toMyWorkspaceDto } from "./to-workspace-dto";

/** The workspaces the actor belongs to, with their role and member count, by name. */
export async function listMyWorkspaces({ actor }: { actor: TActor }): Promise<TMyWorkspaceDto[]> {
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId },
    select: myWorkspaceSelect,
    orderBy: { workspace: { name: "asc" } },
  });
  return memberships.map(toMyWorkspaceDto);
}
