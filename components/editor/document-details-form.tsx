"use client";

import { useActionState, useState } from "react";
import { fieldError, formError, type TFormState } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import type { TDocumentDetailsDto } from "@/lib/domain/documents/document-dto";

type TField = keyof TDocumentDetailsDto;
type TDetailsState = TFormState<{ title: string }>;

const FIELDS: { name: TField; label: string; input: React.ComponentProps<"input"> }[] = [
  { name: "title", label: "Title", input: { required: true, maxLength: 200 } },
  { name: "sourceUrl", label: "Source URL", input: { type: "url", inputMode: "url", placeholder: "https://…", maxLength: 2000 } },
  { name: "publisher", label: "Publisher", input: { maxLength: 200 } },
  { name: "author", label: "Author", input: { maxLength: 200 } },
  { name: "publishedAt", label: "Published on", input: { type: "date" } },
];

/**
 * Title, source and publication facts of a document, editable by editors (a server action).
 * Controlled inputs: React resets an uncontrolled form after each action, which would wipe what
 * the person typed whenever the server refuses one field.
 */
export function DocumentDetailsForm({ details, action }: { details: TDocumentDetailsDto; action: (prev: TDetailsState, form: FormData) => Promise<TDetailsState> }) {
  const [state, formAction] = useActionState<TDetailsState, FormData>(action, null);
  const [values, setValues] = useState<Record<TField, string>>(() => ({
    title: details.title,
    sourceUrl: details.sourceUrl ?? "",
    publisher: details.publisher ?? "",
    author: details.author ?? "",
    publishedAt: details.publishedAt ?? "",
  }));
  const message = formError(state);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Document details">
      {message && <Alert tone="error">{message}</Alert>}
      {state?.ok && <Alert tone="success">Details saved.</Alert>}
      {FIELDS.map(({ name, label, input }) => {
        const id = `doc-${name}`;
        const error = fieldError(state, name);
        return (
          <Field key={name} id={id} label={label} error={error}>
            <Input
              id={id}
              name={name}
              invalid={Boolean(error)}
              value={values[name]}
              onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
              {...input}
            />
          </Field>
        );
      })}
      <SubmitButton pendingText="Saving…" variant="secondary" className="w-full">
        Save details
      </SubmitButton>
    </form>
  );
}
