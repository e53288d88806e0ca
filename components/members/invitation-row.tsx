"use client";

import { useActionState } from "react";
import { formError, type TStateAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { RoleBadge } from "@/components/ui/role-badge";
import type { TInvitationDto } from "@/lib/domain/invitations/invitation-dto";

const date = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export function InvitationRow({ invitation, revokeAction }: { invitation: TInvitationDto; revokeAction?: TStateAction }) {
  const [state, formAction] = useActionState(revokeAction ?? (async () => null), null);
  const error = formError(state);
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center">
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium text-slate-900">{invitation.email}</p>
        <p className="text-xs text-slate-500">
          Invited by {invitation.invitedBy.name} · expires {date(invitation.expiresAt)}
        </p>
        {error && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <div className="flex items-center gap-2">
        <RoleBadge role={invitation.role} />
        {revokeAction && (
          <form action={formAction}>
            <SubmitButton variant="secondary" pendingText="Revoking…" className="!py-1.5">
              <span>
                Revoke<span className="sr-only"> invitation for {invitation.email}</span>
              </span>
            </SubmitButton>
          </form>
        )}
      </div>
    </li>
  );
}
