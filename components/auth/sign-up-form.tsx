"use client";

import { useActionState, useState } from "react";
import { fieldError, formError, type TFormAction, type TFormState } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";

export function SignUpForm<S extends TFormState>({ action, next, minLength }: { action: TFormAction<S>; next: string; minLength: number }) {
  const [state, formAction] = useActionState(action, null as Awaited<S>);
  const [values, setValues] = useState({ name: "", email: "" });
  const message = formError(state);
  const errors = { name: fieldError(state, "name"), email: fieldError(state, "email"), password: state && !state.ok ? state.error.fieldErrors?.password?.join(" ") : undefined };
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [k]: e.target.value }));
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      <input type="hidden" name="next" value={next} />
      <Field id="name" label="Name" error={errors.name}>
        <Input id="name" name="name" autoComplete="name" required autoFocus maxLength={120} value={values.name} onChange={set("name")} invalid={Boolean(errors.name)} />
      </Field>
      <Field id="email" label="Email" error={errors.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required value={values.email} onChange={set("email")} invalid={Boolean(errors.email)} />
      </Field>
      <Field id="password" label="Password" error={errors.password} hint={`At least ${minLength} characters. A few unrelated words make a strong one.`}>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          invalid={Boolean(errors.password)}
          aria-describedby={errors.password ? "password-error" : "password-hint"}
        />
      </Field>
      <SubmitButton pendingText="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
    </form>
  );
}
