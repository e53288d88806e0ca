"use client";

import { useActionState, useState } from "react";
import { fieldError, formError, type TFormAction, type TFormState } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";

export function SignInForm<S extends TFormState>({ action, next, initialError }: { action: TFormAction<S>; next: string; initialError?: string }) {
  const [state, formAction] = useActionState(action, null as Awaited<S>);
  // Controlled so a failed attempt keeps the email (React resets uncontrolled fields after an action).
  const [email, setEmail] = useState("");
  const message = formError(state) ?? (state ? undefined : initialError);
  const emailError = fieldError(state, "email");
  const passwordError = fieldError(state, "password");
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      <input type="hidden" name="next" value={next} />
      <Field id="email" label="Email" error={emailError}>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          invalid={Boolean(emailError)}
        />
      </Field>
      <Field id="password" label="Password" error={passwordError}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required invalid={Boolean(passwordError)} />
      </Field>
      <SubmitButton pendingText="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
