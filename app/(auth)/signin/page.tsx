import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { safeNextPath } from "@/lib/domain/auth-redirect";
import { enabledOAuthProviders } from "@/lib/server/auth/enabled-oauth-providers";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { oauthSignInAction, signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js sends OAuth failures here as ?error=<type>; only these are worth a specific sentence.
const AUTH_ERRORS: Record<string, string> = {
  AccessDenied: "That account could not be used to sign in. Its email address must be verified with the provider.",
  OAuthAccountNotLinked: "This email is already linked to another sign-in method. Sign in the way you did before.",
  CredentialsSignin: "That email and password don't match. Check them and try again.",
  Configuration: "Sign-in is not available right now. Please try again in a moment.",
};

type TSearch = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: TSearch }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getSessionActor()) redirect(next);
  const error = typeof params.error === "string" ? (AUTH_ERRORS[params.error] ?? "Sign-in failed. Please try again.") : undefined;
  const created = params.created === "1";
  const providers = enabledOAuthProviders();
  const signUpHref = next === "/dashboard" ? "/signup" : `/signup?next=${encodeURIComponent(next)}`;
  return (
    <AuthCard
      title="Sign in to Factdesk"
      subtitle="Welcome back. Pick up where your team left off."
      footer={
        <>
          New to Factdesk?{" "}
          <Link href={signUpHref} className="font-medium text-brand-600 hover:text-brand-700">
            Create an account
          </Link>
        </>
      }
    >
      {created && !error && (
        <div className="mb-5">
          <Alert tone="success">Your account is ready. Sign in to continue.</Alert>
        </div>
      )}
      <SignInForm action={signInAction} next={next} initialError={error} />
      <OAuthButtons providers={providers} action={oauthSignInAction} next={next} />
    </AuthCard>
  );
}
