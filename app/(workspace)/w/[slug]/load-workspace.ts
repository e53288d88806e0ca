import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isAppError } from "@/lib/errors";
import { requirePageActor } from "@/lib/server/auth/get-actor";
import { getWorkspace } from "@/lib/server/workspaces/get-workspace";

/**
 * The workspace in the URL and the actor, once per request (layout and page share it).
 * Not a member, or no such workspace: the product's 404 page, never a hint which it was.
 */
export const loadWorkspace = cache(async (slug: string) => {
  const actor = await requirePageActor(`/w/${slug}`);
  try {
    return { actor, workspace: await getWorkspace({ actor, workspaceSlug: slug }) };
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
});
