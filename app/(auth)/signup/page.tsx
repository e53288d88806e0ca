import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeNextPath } from "@/lib/domain/auth-redirect";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy";
import { enabledOAuthProviders } from "@/lib/server/auth/enabled-oauth-providers";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { oauthSignInAction } from "../signin/actions";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getSessionActor()) redirect(next);
  // OAuth sign-in creates the account on first use, so the same buttons serve sign-up.
  const providers = enabledOAuthProviders();
  const signInHref = next === "/dashboard" ? "/signin" : `/signin?next=${encodeURIComponent(next)}`;
  return (
    <AuthCard
      title="Create your account"
      subtitle="Check claims together with your team."
      footer={
        <>
          Already have an account?{" "}
          <Link href={signInHref} className="font-medium text-brand-600 hover:text-brand-700">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm action={signUpAction} next={next} minLength={PASSWORD_MIN_LENGTH} />
      <OAuthButtons providers={providers} action={oauthSignInAction} next={next} />
    </AuthCard>
  );
}
