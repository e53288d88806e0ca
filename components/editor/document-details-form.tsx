"use client";

import { useActionState } from "react";
import { fieldError, formError, type TFormState } from "@/components/auth/form-state";
import { SubmitButton } from "@/components/auth/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";

export type TDocumentDetails = {
  title: string;
  sourceUrl: string | null;
  publisher: string | null;
  author: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
};

function DetailField({ name, label, state, ...input }: { name: keyof TDocumentDetails; label: string; state: TFormState } & React.ComponentProps<"input">) {
  const id = `doc-${name}`;
  const error = fieldError(state, name);
  return (
    <Field id={id} label={label} error={error}>
      <Input id={id} name={name} invalid={Boolean(error)} {...input} />
    </Field>
  );
}

/** Title, source and publication facts of a document, editable by editors (a server action). */
type TDetailsState = TFormState<{ title: string }>;

export function DocumentDetailsForm({ details, action }: { details: TDocumentDetails; action: (prev: TDetailsState, form: FormData) => Promise<TDetailsState> }) {
  const [state, formAction] = useActionState<TDetailsState, FormData>(action, null);
  const message = formError(state);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Document details">
      {message && <Alert tone="error">{message}</Alert>}
      {state?.ok && <Alert tone="success">Details saved.</Alert>}
      <DetailField name="title" label="Title" state={state} defaultValue={details.title} required maxLength={500} />
      <DetailField name="sourceUrl" label="Source URL" state={state} defaultValue={details.sourceUrl ?? ""} type="url" inputMode="url" placeholder="https://…" />
      <DetailField name="publisher" label="Publisher" state={state} defaultValue={details.publisher ?? ""} maxLength={200} />
      <DetailField name="author" label="Author" state={state} defaultValue={details.author ?? ""} maxLength={200} />
      <DetailField name="publishedAt" label="Published on" state={state} defaultValue={details.publishedAt ?? ""} type="date" />
      <SubmitButton pendingText="Saving…" variant="secondary" className="w-full">
        Save details
      </SubmitButton>
    </form>
  );
}
