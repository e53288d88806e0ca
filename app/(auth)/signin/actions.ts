"use server";

import { signIn } from "@/lib/auth";
import { safeNextPath } from "@/lib/domain/auth-redirect";
import { githubEnabled, googleEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { runAction, type TActionResult } from "@/lib/server/http/action";
import { INVALID_CREDENTIALS_MESSAGE } from "@/lib/server/auth/verify-credentials";

/** Auth.js rethrows the very error authorize() threw; read it by shape, not class identity across bundles. */
function credentialsFailure(e: unknown): AppError | null {
  if (typeof e !== "object" || e === null || (e as { type?: unknown }).type !== "CredentialsSignin") return null;
  const err = e as { code?: string; userMessage?: string; retryAfter?: number };
  if (err.code === "rate_limited" && err.userMessage) return new AppError("RATE_LIMITED", err.userMessage, { retryAfter: err.retryAfter });
  return new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS_MESSAGE);
}

export async function signInAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  return runAction(async () => {
    const email = String(formData.get("email") ?? "").trim();
    const password = String(formData.get("password") ?? "");
    const fieldErrors: Record<string, string[]> = {};
    if (!email) fieldErrors.email = ["Enter your email address."];
    if (!password) fieldErrors.password = ["Enter your password."];
    // The message repeats the first field's, so the form shows it only next to that field.
    const first = Object.values(fieldErrors)[0]?.[0];
    if (first) throw new AppError("BAD_REQUEST", first, { fieldErrors });
    try {
      // Success throws Next's redirect, which runAction lets through.
      await signIn("credentials", { email, password, redirectTo: safeNextPath(formData.get("next")) });
    } catch (e) {
      const failure = credentialsFailure(e);
      if (failure) throw failure;
      throw e;
    }
  });
}

export async function oauthSignInAction(formData: FormData) {
  const provider = formData.get("provider");
  const enabled = (provider === "github" && githubEnabled()) || (provider === "google" && googleEnabled());
  if (!enabled) throw new AppError("BAD_REQUEST", "That sign-in method is not available.");
  await signIn(provider as string, { redirectTo: safeNextPath(formData.get("next")) });
}
