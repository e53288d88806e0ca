"use client";

import { useActionState, useState } from "react";
import { fieldError, formError, type TStateAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { slugFromName, SLUG_MAX } from "@/lib/domain/slug";

/** Name plus an optional address; the address follows the name until the user edits it. */
export function CreateWorkspaceForm({ action, autoFocus = false }: { action: TStateAction; autoFocus?: boolean }) {
  const [state, formAction] = useActionState(action, null);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);
  const nameError = fieldError(state, "name");
  const slugError = fieldError(state, "slug");
  const message = formError(state);
  const shownSlug = slugTouched ? slug : slugFromName(name);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      <Field id="workspace-name" label="Workspace name" error={nameError}>
        <Input
          id="workspace-name"
          name="name"
          required
          maxLength={80}
          autoFocus={autoFocus}
          placeholder="e.g. Newsroom verification desk"
          value={name}
          onChange={(e) => setName(e.target.value)}
          invalid={Boolean(nameError)}
        />
      </Field>
      <Field id="workspace-slug" label="Workspace address" error={slugError} hint="Lowercase letters, digits and hyphens. Leave empty to use the name.">
        <div className="flex rounded-md shadow-sm">
          <span className="inline-flex items-center rounded-l-md bg-slate-50 px-3 text-sm text-slate-500 ring-1 ring-inset ring-slate-300">/w/</span>
          <Input
            id="workspace-slug"
            name="slug"
            maxLength={SLUG_MAX}
            className="rounded-l-none shadow-none"
            placeholder="your-desk"
            value={shownSlug}
            onChange={(e) => {
              setSlugTouched(true);
              setSlug(e.target.value.toLowerCase());
            }}
            invalid={Boolean(slugError)}
            aria-describedby={slugError ? "workspace-slug-error" : "workspace-slug-hint"}
          />
        </div>
      </Field>
      <SubmitButton pendingText="Creating…">Create workspace</SubmitButton>
    </form>
  );
}
