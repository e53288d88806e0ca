import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/roles";
import { isAppError } from "@/lib/errors";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { getInvitationByToken } from "@/lib/server/invitations/get-invitation-by-token";
import { acceptInvitationAction, switchAccountAction } from "./actions";

// The token in the URL is a secret: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

async function load(token: string) {
  const actor = await getSessionActor();
  try {
    return await getInvitationByToken({ actor, token });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  }
}

function Dead({ title, children }: { title: string; children: ReactNode }) {
  return (
    <AuthCard title={title}>
      <div className="space-y-5 text-sm text-slate-600">
        {children}
        <ButtonLink href="/dashboard" variant="secondary" className="w-full">
          Go to your workspaces
        </ButtonLink>
      </div>
    </AuthCard>
  );
}

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const inv = await load(token);
  if (!inv) {
    return (
      <Dead title="This invitation link is not valid">
        <p>Check that you copied the whole link, or ask the person who invited you to send a new one.</p>
      </Dead>
    );
  }
  if (inv.state === "accepted") {
    if (inv.viewer?.isMember && inv.workspace.slug) {
      return (
        <AuthCard title={`You’re in ${inv.workspace.name}`} subtitle="You have accepted this invitation.">
          <ButtonLink href={`/w/${inv.workspace.slug}`} className="w-full">
            Open workspace
          </ButtonLink>
        </AuthCard>
      );
    }
    return (
      <Dead title="This invitation has already been used">
        <p>Each invitation link works once. Ask {inv.inviterName} for a new one if you still need access.</p>
      </Dead>
    );
  }
  if (inv.state === "revoked" || inv.state === "expired") {
    return (
      <Dead title={inv.state === "revoked" ? "This invitation was revoked" : "This invitation has expired"}>
        <p>Ask {inv.inviterName} to invite you to {inv.workspace.name} again.</p>
      </Dead>
    );
  }

  const next = `/invite/${token}`;
  const role = ROLE_LABELS[inv.role];
  return (
    <AuthCard
      title={`Join ${inv.workspace.name}`}
      subtitle={
        <>
          {inv.inviterName} invited you to this Factdesk workspace as <strong className="font-semibold text-slate-800">{role}</strong>.
        </>
      }
    >
      <div className="space-y-5">
        <dl className="space-y-3 rounded-lg bg-slate-50 p-4 text-sm ring-1 ring-inset ring-slate-200">
          <div>
            <dt className="text-xs text-slate-500">Invitation for</dt>
            <dd className="break-all font-medium text-slate-900">{inv.email}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Role</dt>
            <dd className="font-medium text-slate-900">
              {role} <span className="font-normal text-slate-500">· {ROLE_DESCRIPTIONS[inv.role]}</span>
            </dd>
          </div>
        </dl>

        {!inv.viewer ? (
          <div className="space-y-3">
            <p className="text-sm text-slate-600">Sign in as {inv.email} to accept, or create an account with that address.</p>
            <ButtonLink href={`/signin?next=${encodeURIComponent(next)}`} className="w-full">
              Sign in to accept
            </ButtonLink>
            <ButtonLink href={`/signup?next=${encodeURIComponent(next)}`} variant="secondary" className="w-full">
              Create an account
            </ButtonLink>
          </div>
        ) : !inv.viewer.emailMatches ? (
          <div className="space-y-4">
            <Alert tone="error">
              This invitation is for <strong>{inv.email}</strong>, but you are signed in as <strong>{inv.viewer.email}</strong>. Sign in with the invited
              address to accept it.
            </Alert>
            <form action={switchAccountAction.bind(null, token)}>
              <button type="submit" className={buttonClass("primary", "w-full")}>
                Sign out and switch account
              </button>
            </form>
          </div>
        ) : (
          <div className="space-y-3">
            {inv.viewer.isMember && <p className="text-sm text-slate-600">You are already a member; accepting keeps your current role.</p>}
            <AcceptInvitationForm action={acceptInvitationAction.bind(null, token)} />
          </div>
        )}
      </div>
    </AuthCard>
  );
}
