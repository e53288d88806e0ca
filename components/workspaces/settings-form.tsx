"use client";

import { useActionState } from "react";
import { fieldError, formError, type TStateAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Select } from "@/components/ui/field";
import { MAX_REQUIRED_APPROVALS, MIN_REQUIRED_APPROVALS } from "@/lib/domain/workspace";

const approvalOptions = Array.from({ length: MAX_REQUIRED_APPROVALS - MIN_REQUIRED_APPROVALS + 1 }, (_, i) => MIN_REQUIRED_APPROVALS + i);

export function SettingsForm({ action, workspace, timeZones }: { action: TStateAction; workspace: { name: string; requiredApprovals: number; timeZone: string }; timeZones: string[] }) {
  const [state, formAction] = useActionState(action, null);
  const nameError = fieldError(state, "name");
  const approvalsError = fieldError(state, "requiredApprovals");
  const zoneError = fieldError(state, "timeZone");
  const message = formError(state);
  return (
    // Keyed by the saved values: React resets a form after its action, to the defaults it had; a
    // new key mounts it with the values just saved (the select showed the old zone otherwise).
    <form key={`${workspace.name}|${workspace.requiredApprovals}|${workspace.timeZone}`} action={formAction} className="max-w-lg space-y-5" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      {state?.ok && <Alert tone="success">Settings saved.</Alert>}
      <Field id="settings-name" label="Workspace name" error={nameError}>
        <Input id="settings-name" name="name" required maxLength={80} defaultValue={workspace.name} invalid={Boolean(nameError)} />
      </Field>
      <Field
        id="settings-approvals"
        label="Required approvals"
        error={approvalsError}
        hint="How many reviewers, other than its author, must approve a verdict before it can be published."
      >
        <Select id="settings-approvals" name="requiredApprovals" defaultValue={String(workspace.requiredApprovals)} aria-describedby="settings-approvals-hint" className="max-w-[8rem]">
          {approvalOptions.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="settings-time-zone" label="Time zone" error={zoneError} hint="Due dates are days in this time zone: “due tomorrow” and “overdue” reminders follow its calendar.">
        <Select id="settings-time-zone" name="timeZone" defaultValue={workspace.timeZone} aria-describedby="settings-time-zone-hint" className="max-w-xs">
          {timeZones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </Select>
      </Field>
      <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
    </form>
  );
}
