"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { readForm, runAction, type TActionResult } from "@/lib/server/http/action";
import { bodySchema } from "@/lib/server/http/route";
import { createInvitation, ZCreateInvitationInput } from "@/lib/server/invitations/create-invitation";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { changeMemberRole, ZChangeMemberRoleInput } from "@/lib/server/workspaces/change-member-role";
import { leaveWorkspace } from "@/lib/server/workspaces/leave-workspace";
import { removeMember } from "@/lib/server/workspaces/remove-member";

// Server actions are public POST endpoints: every one re-checks the session, and lib/server
// re-checks the role and workspace for the (client-supplied) slug and ids.
async function actor() {
  const a = await getSessionActor();
  if (!a) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return a;
}

const ZInviteForm = bodySchema(ZCreateInvitationInput, ["workspaceSlug", "origin"]);
const ZChangeRoleForm = bodySchema(ZChangeMemberRoleInput, ["workspaceSlug", "userId"]);

/** This request's origin, for the accept link when APP_URL is not configured. */
async function origin(): Promise<string | undefined> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  if (!host) return undefined;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return undefined;
  }
}

export async function inviteAction(slug: string, _prev: unknown, form: FormData) {
  return runAction(async () => {
    const res = await createInvitation({ ...readForm(form, ZInviteForm), workspaceSlug: slug, origin: await origin(), actor: await actor() });
    revalidatePath(`/w/${slug}/members`);
    return { email: res.invitation.email, acceptUrl: res.acceptUrl, emailSent: res.emailSent, expiresAt: res.invitation.expiresAt };
  });
}

export async function changeRoleAction(slug: string, userId: string, _prev: unknown, form: FormData): Promise<TActionResult<null>> {
  return runAction(async () => {
    await changeMemberRole({ ...readForm(form, ZChangeRoleForm), workspaceSlug: slug, userId, actor: await actor() });
    revalidatePath(`/w/${slug}`, "layout");
    return null;
  });
}

export async function removeMemberAction(slug: string, userId: string): Promise<TActionResult<null>> {
  return runAction(async () => {
    await removeMember({ workspaceSlug: slug, userId, actor: await actor() });
    revalidatePath(`/w/${slug}`, "layout");
    return null;
  });
}

export async function revokeInvitationAction(slug: string, invitationId: string): Promise<TActionResult<null>> {
  return runAction(async () => {
    await revokeInvitation({ workspaceSlug: slug, invitationId, actor: await actor() });
    revalidatePath(`/w/${slug}/members`);
    return null;
  });
}

export async function leaveWorkspaceAction(slug: string): Promise<TActionResult<null>> {
  const result = await runAction(async () => {
    await leaveWorkspace({ workspaceSlug: slug, actor: await actor() });
    // The workspace switcher (shared layout) must drop it.
    revalidatePath("/", "layout");
    return null;
  });
  if (result.ok) redirect("/dashboard");
  return result;
}
