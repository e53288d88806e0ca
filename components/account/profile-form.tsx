"use client";

import { useActionState } from "react";
import { fieldError, formError, type TFormAction, type TFormState } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";

export function ProfileForm<S extends TFormState>({ action, name, email }: { action: TFormAction<S>; name: string; email: string }) {
  const [state, formAction] = useActionState(action, null as Awaited<S>);
  const nameError = fieldError(state, "name");
  const message = formError(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      {state?.ok && <Alert tone="success">Your name has been updated.</Alert>}
      <Field id="profile-name" label="Name" error={nameError}>
        <Input id="profile-name" name="name" autoComplete="name" required maxLength={120} defaultValue={name} invalid={Boolean(nameError)} />
      </Field>
      <div>
        <p className="text-sm font-medium text-slate-800">Email</p>
        <p className="mt-1.5 text-sm text-slate-900">{email}</p>
        <p className="mt-1 text-xs text-slate-500">Your email is how you sign in and how teammates invite you.</p>
      </div>
      <div className="flex justify-end">
        <SubmitButton pendingText="Saving…">Save name</SubmitButton>
      </div>
    </form>
  );
}
