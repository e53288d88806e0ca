"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { safeNextPath } from "@/lib/domain/auth-redirect";
import { readForm, runAction, type TActionResult } from "@/lib/server/http/action";
import { requestIp } from "@/lib/server/http/route";
import { signUp, ZSignUpInput } from "@/lib/server/users/sign-up";

export async function signUpAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  return runAction(async () => {
    const input = readForm(formData, ZSignUpInput);
    await signUp({ ...input, ip: requestIp(await headers()) });
    const next = safeNextPath(formData.get("next"));
    try {
      // Straight in: the account exists, so sign in with the same credentials (throws the redirect).
      await signIn("credentials", { email: input.email, password: input.password, redirectTo: next });
    } catch (e) {
      // The sign-in itself can be refused (this IP hit the failed-login limit): the account stands,
      // so send them to sign in rather than showing an error on a form that already succeeded.
      if ((e as { type?: unknown })?.type === "CredentialsSignin") redirect(`/signin?created=1&next=${encodeURIComponent(next)}`);
      throw e;
    }
  });
}
