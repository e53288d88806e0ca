"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { fieldError, formError, type TFormAction, type TFormState } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";

type TCreated = { name: string; secret: string };

function NewTokenBox({ created, onDone }: { created: TCreated; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (http, permissions): select it so Ctrl+C works.
      input.current?.select();
    }
  }
  return (
    <div className="space-y-3 rounded-md bg-emerald-50 p-4 ring-1 ring-inset ring-emerald-200" role="status">
      <p className="text-sm font-medium text-emerald-900">Token “{created.name}” created. Copy it now: you won’t be able to see it again.</p>
      <div className="flex gap-2">
        <label htmlFor="new-token" className="sr-only">
          New personal access token
        </label>
        <Input id="new-token" ref={input} readOnly value={created.secret} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
        <Button type="button" variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <div className="flex justify-end">
        <Button type="button" variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}

export function CreateTokenForm<S extends TFormState<TCreated>>({ action }: { action: TFormAction<S> }) {
  const [state, formAction] = useActionState(action, null as Awaited<S>);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const created = state?.ok && state.data.secret !== dismissed ? state.data : null;
  const nameError = fieldError(state, "name");
  const message = formError(state);
  if (created) return <NewTokenBox created={created} onDone={() => setDismissed(created.secret)} />;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <Field id="token-name" label="Token name" error={nameError} hint="What will use it, e.g. “CI import script”.">
          <Input id="token-name" name="name" required maxLength={80} invalid={Boolean(nameError)} aria-describedby={nameError ? "token-name-error" : "token-name-hint"} />
        </Field>
        <Field id="token-expiry" label="Expiration">
          <Select id="token-expiry" name="expiresInDays" defaultValue="30">
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="90">90 days</option>
            <option value="365">1 year</option>
            <option value="never">No expiration</option>
          </Select>
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">Access</legend>
        <div className="mt-2 space-y-2 text-sm text-slate-700">
          <label className="flex items-start gap-2">
            <input type="radio" name="access" value="READ_WRITE" defaultChecked className="mt-0.5" />
            <span>
              Read and write <span className="text-slate-500">— everything you can do in the API</span>
            </span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="access" value="READ_ONLY" className="mt-0.5" />
            <span>
              Read only <span className="text-slate-500">— GET requests only; anything that changes data is refused</span>
            </span>
          </label>
        </div>
      </fieldset>
      <div className="flex justify-end">
        <SubmitButton pendingText="Creating…">Create token</SubmitButton>
      </div>
    </form>
  );
}
