"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { runAction, type TActionResult } from "@/lib/server/http/action";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";

export async function acceptInvitationAction(token: string): Promise<TActionResult<{ slug: string }>> {
  const result = await runAction(async () => {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to accept.");
    const { workspace } = await acceptInvitation({ token, actor });
    return { slug: workspace.slug };
  });
  if (result.ok) redirect(`/w/${result.data.slug}`);
  return result;
}

/** Signed in as the wrong account: sign out and come back to this invitation after signing in. */
export async function switchAccountAction(token: string) {
  await signOut({ redirectTo: `/signin?next=${encodeURIComponent(`/invite/${token}`)}` });
}
