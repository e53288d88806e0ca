"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { readForm, runAction, type TActionResult } from "@/lib/server/http/action";
import { bodySchema } from "@/lib/server/http/route";
import { deleteWorkspace, ZDeleteWorkspaceInput } from "@/lib/server/workspaces/delete-workspace";
import { updateWorkspaceSettings, ZUpdateWorkspaceSettingsInput } from "@/lib/server/workspaces/update-workspace-settings";

const ZSettingsForm = bodySchema(ZUpdateWorkspaceSettingsInput, ["workspaceSlug"]);
const ZDeleteForm = bodySchema(ZDeleteWorkspaceInput, ["workspaceSlug"]);

async function actor() {
  const a = await getSessionActor();
  if (!a) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return a;
}

export async function updateSettingsAction(slug: string, _prev: unknown, form: FormData): Promise<TActionResult<null>> {
  return runAction(async () => {
    await updateWorkspaceSettings({ ...readForm(form, ZSettingsForm), workspaceSlug: slug, actor: await actor() });
    // The name shows in the switcher of every page.
    revalidatePath("/", "layout");
    return null;
  });
}

export async function deleteWorkspaceAction(slug: string, _prev: unknown, form: FormData): Promise<TActionResult<null>> {
  const result = await runAction(async () => {
    await deleteWorkspace({ ...readForm(form, ZDeleteForm), workspaceSlug: slug, actor: await actor() });
    return null;
  });
  if (result.ok) {
    revalidatePath("/", "layout");
    redirect("/dashboard");
  }
  return result;
}
