"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { readForm, runAction, type TActionResult } from "@/lib/server/http/action";
import { createWorkspace, ZCreateWorkspaceInput } from "@/lib/server/workspaces/create-workspace";

export async function createWorkspaceAction(_prev: unknown, form: FormData): Promise<TActionResult<{ slug: string }>> {
  const result = await runAction(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    const ws = await createWorkspace({ ...readForm(form, ZCreateWorkspaceInput), actor });
    // The shell's workspace switcher is rendered by the shared layout, which a redirect alone keeps as it was.
    revalidatePath("/", "layout");
    return { slug: ws.slug };
  });
  if (result.ok) redirect(`/w/${result.data.slug}`);
  return result;
}
