"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { sourcesApi } from "./sources-api";
import { sourcesHref } from "./source-view";

/** Removes a source nobody cites (the server refuses while evidence still points at it). */
export function DeleteSourceButton({ slug, sourceId, title }: { slug: string; sourceId: string; title: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button type="button" variant="ghost" className="!px-2.5 !py-1 text-red-700 hover:bg-red-50" onClick={() => setOpen(true)}>
        Delete source
      </Button>
      <ConfirmDialog
        open={open}
        danger
        title="Delete this source?"
        confirmLabel="Delete source"
        busy={busy}
        error={error}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        onConfirm={async () => {
          setBusy(true);
          const r = await sourcesApi.remove(slug, sourceId);
          setBusy(false);
          if (!r.ok) {
            setError(r.message);
            return;
          }
          router.push(sourcesHref(slug, {}));
        }}
      >
        <p>
          “<span className="break-words">{title}</span>” leaves the library with its captures and file. No claim cites it.
        </p>
      </ConfirmDialog>
    </>
  );
}
