"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { runAction, type TActionResult } from "@/lib/server/http/action";
import { deleteWorkspace } from "@/lib/server/workspaces/delete-workspace";
import { updateWorkspaceSettings } from "@/lib/server/workspaces/update-workspace-settings";

async function actor() {
  const a = await getSessionActor();
  if (!a) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return a;
}

export async function updateSettingsAction(slug: string, _prev: unknown, form: FormData): Promise<TActionResult<null>> {
  return runAction(async () => {
    await updateWorkspaceSettings({
      actor: await actor(),
      workspaceSlug: slug,
      name: String(form.get("name") ?? ""),
      requiredApprovals: String(form.get("requiredApprovals") ?? ""),
    });
    // The name shows in the switcher of every page.
    revalidatePath("/", "layout");
    return null;
  });
}

export async function deleteWorkspaceAction(slug: string, _prev: unknown, form: FormData): Promise<TActionResult<null>> {
  const result = await runAction(async () => {
    await deleteWorkspace({ actor: await actor(), workspaceSlug: slug, confirmSlug: String(form.get("confirmSlug") ?? "") });
    return null;
  });
  if (result.ok) {
    revalidatePath("/", "layout");
    redirect("/dashboard");
  }
  return result;
}
