"use client";

import { useActionState, useState } from "react";
import { formError, type TStateAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function LeaveWorkspace({ action, workspaceName, blockedReason }: { action: TStateAction; workspaceName: string; blockedReason?: string }) {
  const [state, formAction] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  const error = formError(state);
  if (blockedReason) return <p className="text-sm text-slate-600">{blockedReason}</p>;
  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      {confirming ? (
        <form action={formAction} className="flex flex-wrap items-center gap-3">
          <span className="text-sm text-slate-700">You will lose access to {workspaceName} until someone invites you again.</span>
          <SubmitButton variant="danger" pendingText="Leaving…">
            Yes, leave workspace
          </SubmitButton>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Leave workspace
        </Button>
      )}
    </div>
  );
}
