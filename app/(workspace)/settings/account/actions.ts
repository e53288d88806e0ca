"use server";

import { revalidatePath } from "next/cache";
import { signOut } from "@/lib/auth";
import { AppError, isAppError } from "@/lib/errors";
import { requirePageActor } from "@/lib/server/auth/get-actor";
import { revokeAuthSession } from "@/lib/server/auth/revoke-auth-session";
import { signOutEverywhere } from "@/lib/server/auth/sign-out-everywhere";
import { readForm, runAction, type TActionResult } from "@/lib/server/http/action";
import { createApiToken, ZCreateApiTokenInput } from "@/lib/server/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { changePassword, ZChangePasswordInput } from "@/lib/server/users/change-password";
import { updateProfile, ZUpdateProfileInput } from "@/lib/server/users/update-profile";

const PAGE = "/settings/account";
const str = (fd: FormData, k: string) => String(fd.get(k) ?? "");

export async function updateProfileAction(_prev: TActionResult<{ name: string }> | null, fd: FormData) {
  return runAction(async () => {
    const actor = await requirePageActor(PAGE);
    const user = await updateProfile({ ...readForm(fd, ZUpdateProfileInput), actor });
    // The name shows in the navigation of every signed-in page.
    revalidatePath("/", "layout");
    return { name: user.name };
  });
}

export async function changePasswordAction(_prev: TActionResult<{ sessionsEnded: number }> | null, fd: FormData) {
  return runAction(async () => {
    const actor = await requirePageActor(PAGE);
    const newPassword = str(fd, "newPassword");
    if (newPassword !== str(fd, "confirmPassword")) {
      const message = "The two new passwords don't match.";
      throw new AppError("BAD_REQUEST", message, { fieldErrors: { confirmPassword: [message] } });
    }
    const result = await changePassword({ ...readForm(fd, ZChangePasswordInput), actor });
    revalidatePath(PAGE);
    return result;
  });
}

export async function signOutEverywhereAction() {
  const actor = await requirePageActor(PAGE);
  await signOutEverywhere({ actor });
  await signOut({ redirectTo: "/signin" });
}

export async function revokeSessionAction(fd: FormData) {
  const actor = await requirePageActor(PAGE);
  const sessionId = str(fd, "sessionId");
  try {
    await revokeAuthSession({ sessionId, actor });
  } catch (e) {
    // Already gone (another tab, sign out everywhere): the list refresh below says the rest.
    if (!(isAppError(e) && e.code === "NOT_FOUND")) throw e;
  }
  if (sessionId === actor.sessionId) await signOut({ redirectTo: "/signin" });
  revalidatePath(PAGE);
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createTokenAction(_prev: TActionResult<{ name: string; secret: string }> | null, fd: FormData) {
  return runAction(async () => {
    const actor = await requirePageActor(PAGE);
    const days = str(fd, "expiresInDays");
    const expiresAt = days === "never" ? null : new Date(Date.now() + (Number(days) > 0 ? Number(days) : 30) * DAY_MS);
    const { token, secret } = await createApiToken({ ...readForm(fd, ZCreateApiTokenInput.pick({ name: true, access: true })), expiresAt, actor });
    revalidatePath(PAGE);
    return { name: token.name, secret };
  });
}

export async function revokeTokenAction(fd: FormData) {
  const actor = await requirePageActor(PAGE);
  try {
    await revokeApiToken({ tokenId: str(fd, "tokenId"), actor });
  } catch (e) {
    if (!(isAppError(e) && e.code === "NOT_FOUND")) throw e;
  }
  revalidatePath(PAGE);
}
