"use client";

import { useId, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** A workflow action that needs a sentence (request changes, override): asks for it in a modal. */
export function ReasonDialog(props: {
  open: boolean;
  title: string;
  prompt: string;
  confirmLabel: string;
  danger?: boolean;
  busy: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { open, title, prompt, confirmLabel, danger, busy, error, onConfirm, onCancel } = props;
  const id = useId();
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const empty = reason.trim() === "";
  return (
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel={confirmLabel}
      danger={danger}
      busy={busy}
      error={error ?? (tried && empty ? "Write a sentence first." : null)}
      onConfirm={() => {
        setTried(true);
        if (!empty) onConfirm(reason.trim());
      }}
      onCancel={() => {
        setTried(false);
        onCancel();
      }}
    >
      <label htmlFor={`${id}-reason`} className="block font-medium text-slate-900">
        {prompt}
      </label>
      <textarea
        id={`${id}-reason`}
        data-testid="reason-input"
        rows={4}
        maxLength={4000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 focus:border-slate-500 focus:ring-2 focus:ring-slate-400 focus:outline-none"
      />
    </ConfirmDialog>
  );
}
