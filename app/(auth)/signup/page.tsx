import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeNextPath } from "@/lib/domain/auth-redirect";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getSessionActor()) redirect(next);
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
    </AuthCard>
  );
}
