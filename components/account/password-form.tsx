"use client";

import { useActionState } from "react";
import { formError, type TFormAction, type TFormState } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";

function errorsFor(state: TFormState, field: string) {
  return state && !state.ok ? state.error.fieldErrors?.[field]?.join(" ") : undefined;
}

export function PasswordForm<S extends TFormState<{ sessionsEnded: number; tokensRevoked?: number }>>({
  action,
  hasPassword,
  minLength,
}: {
  action: TFormAction<S>;
  hasPassword: boolean;
  minLength: number;
}) {
  const [state, formAction] = useActionState(action, null as Awaited<S>);
  const message = formError(state);
  const e = { current: errorsFor(state, "currentPassword"), next: errorsFor(state, "newPassword"), confirm: errorsFor(state, "confirmPassword") };
  const ended = state?.ok ? state.data.sessionsEnded : 0;
  const revoked = (state?.ok && state.data.tokensRevoked) || 0;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      {state?.ok && (
        <Alert tone="success">
          Password changed.{" "}
          {ended === 0 ? "You were not signed in anywhere else." : `${ended} other ${ended === 1 ? "session was" : "sessions were"} signed out.`}
          {revoked > 0 && ` ${revoked} personal access ${revoked === 1 ? "token was" : "tokens were"} revoked.`}
        </Alert>
      )}
      {hasPassword && (
        <Field id="current-password" label="Current password" error={e.current}>
          <Input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required invalid={Boolean(e.current)} />
        </Field>
      )}
      <Field id="new-password" label="New password" error={e.next} hint={`At least ${minLength} characters, not a common password.`}>
        <Input
          id="new-password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          invalid={Boolean(e.next)}
          aria-describedby={e.next ? "new-password-error" : "new-password-hint"}
        />
      </Field>
      <Field id="confirm-password" label="Confirm new password" error={e.confirm}>
        <Input id="confirm-password" name="confirmPassword" type="password" autoComplete="new-password" required invalid={Boolean(e.confirm)} />
      </Field>
      <div className="flex items-center justify-between gap-4">
        <p className="text-xs text-slate-500">Changing your password signs out every other device and revokes your personal access tokens.</p>
        <SubmitButton pendingText="Changing…">{hasPassword ? "Change password" : "Set password"}</SubmitButton>
      </div>
    </form>
  );
}
