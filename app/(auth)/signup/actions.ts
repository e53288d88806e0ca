"use server";

import { headers } from "next/headers";
import { signIn } from "@/lib/auth";
import { safeNextPath } from "@/lib/domain/auth-redirect";
import { runAction, type TActionResult } from "@/lib/server/http/action";
import { requestIp } from "@/lib/server/http/route";
import { signUp } from "@/lib/server/users/sign-up";

export async function signUpAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  return runAction(async () => {
    const input = {
      email: String(formData.get("email") ?? ""),
      name: String(formData.get("name") ?? ""),
      password: String(formData.get("password") ?? ""),
    };
    await signUp({ ...input, ip: requestIp(await headers()) });
    // Straight in: the account exists, so sign in with the same credentials (throws the redirect).
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: safeNextPath(formData.get("next")) });
  });
}
