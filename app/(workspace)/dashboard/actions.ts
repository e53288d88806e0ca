"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { runAction, type TActionResult } from "@/lib/server/http/action";
import { createWorkspace } from "@/lib/server/workspaces/create-workspace";

export async function createWorkspaceAction(_prev: unknown, form: FormData): Promise<TActionResult<{ slug: string }>> {
  const result = await runAction(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    const ws = await createWorkspace({ actor, name: String(form.get("name") ?? ""), slug: String(form.get("slug") ?? "") });
    return { slug: ws.slug };
  });
  if (result.ok) redirect(`/w/${result.data.slug}`);
  return result;
}
