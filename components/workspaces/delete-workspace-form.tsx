"use client";

import { useActionState, useState } from "react";
import { fieldError, formError, type TStateAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";

/** Deleting asks for the workspace address typed back; the button stays disabled until it matches. */
export function DeleteWorkspaceForm({ action, slug }: { action: TStateAction; slug: string }) {
  const [state, formAction] = useActionState(action, null);
  const [typed, setTyped] = useState("");
  const error = fieldError(state, "confirmSlug");
  const message = formError(state);
  return (
    <form action={formAction} className="max-w-lg space-y-4">
      {message && <Alert tone="error">{message}</Alert>}
      <Field id="confirm-slug" label={`Type “${slug}” to confirm`} error={error}>
        <Input id="confirm-slug" name="confirmSlug" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} invalid={Boolean(error)} />
      </Field>
      {typed.trim() === slug ? (
        <SubmitButton variant="danger" pendingText="Deleting…">
          Delete workspace
        </SubmitButton>
      ) : (
        <button type="button" disabled aria-disabled className="inline-flex cursor-not-allowed items-center rounded-md bg-red-600/50 px-3.5 py-2 text-sm font-medium text-white">
          Delete workspace
        </button>
      )}
    </form>
  );
}
