"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TFormState } from "@/components/ui/form-state";
import { Button } from "@/components/ui/button";

/**
 * Restores a trashed document, then goes to `next`; `reload` makes that a full page load (needed
 * on the old link's page, which is Next's not-found state for the very URL it goes to). A refusal
 * shows beside the button.
 */
export function RestoreDocumentButton({
  title,
  next,
  reload = false,
  action,
}: {
  title: string;
  next: string;
  reload?: boolean;
  action: () => Promise<TFormState<{ id: string; title: string }>>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const restore = () => {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (!result || !result.ok) {
        setError(result?.error.message ?? "Could not restore the document.");
        return;
      }
      if (reload) window.location.assign(next);
      else router.push(next);
    });
  };
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button type="button" variant="secondary" onClick={restore} disabled={pending} aria-label={`Restore “${title}”`}>
        {pending ? "Restoring…" : "Restore"}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
