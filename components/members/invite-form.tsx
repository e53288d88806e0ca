"use client";

import { useActionState } from "react";
import { fieldError, formError, type TStateAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Select } from "@/components/ui/field";
import { CopyField } from "@/components/members/copy-field";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, type TRole } from "@/lib/domain/roles";

export type TInviteResult = { email: string; acceptUrl: string; emailSent: boolean; expiresAt: Date };

/** Invite by email; on success the accept link is shown to copy, since mail may not be configured. */
export function InviteForm({ action, roles, defaultRole }: { action: TStateAction<TInviteResult>; roles: TRole[]; defaultRole: TRole }) {
  const [state, formAction] = useActionState(action, null);
  const emailError = fieldError(state, "email");
  const roleError = fieldError(state, "role");
  const message = formError(state);
  const created = state?.ok ? state.data : null;
  return (
    <div className="space-y-5">
      <form action={formAction} className="grid gap-4 sm:grid-cols-[1fr_11rem_auto] sm:items-start" noValidate>
        {message && (
          <div className="sm:col-span-3">
            <Alert tone="error">{message}</Alert>
          </div>
        )}
        <Field id="invite-email" label="Email address" error={emailError}>
          <Input id="invite-email" name="email" type="email" autoComplete="off" required placeholder="colleague@newsroom.example" invalid={Boolean(emailError)} />
        </Field>
        <Field id="invite-role" label="Invite as" error={roleError}>
          <Select id="invite-role" name="role" defaultValue={defaultRole}>
            {roles.map((r) => (
              <option key={r} value={r} title={ROLE_DESCRIPTIONS[r]}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
        <div className="sm:pt-[1.625rem]">
          <SubmitButton pendingText="Inviting…" className="w-full sm:w-auto">
            Create invitation
          </SubmitButton>
        </div>
      </form>
      {created && (
        <div className="space-y-3 rounded-lg bg-emerald-50/60 p-4 ring-1 ring-inset ring-emerald-200" role="status">
          <p className="text-sm text-emerald-900">
            Invitation created for <strong>{created.email}</strong>.{" "}
            {created.emailSent ? "We emailed the link too." : "No email was sent, so send this link yourself."} It works once, only for
            that address, until {created.expiresAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" })}.
          </p>
          <CopyField id="invite-link" label="Invitation link" value={created.acceptUrl} />
        </div>
      )}
    </div>
  );
}
