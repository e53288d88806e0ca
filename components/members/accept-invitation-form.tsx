"use client";

import { useActionState } from "react";
import { formError, type TStateAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export function AcceptInvitationForm({ action }: { action: TStateAction }) {
  const [state, formAction] = useActionState(action, null);
  const error = formError(state);
  return (
    <form action={formAction} className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <SubmitButton pendingText="Joining…" className="w-full">
        Accept invitation
      </SubmitButton>
    </form>
  );
}
