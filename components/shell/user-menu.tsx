"use client";

import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { Dropdown, dropdownItemClass } from "@/components/shell/dropdown";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { clearLocalCopies, unsyncedLocalCopies } from "@/lib/editor/local-copies";

function initials(name: string, email: string) {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const s = parts.length >= 2 ? parts[0]![0]! + parts[parts.length - 1]![0]! : (parts[0]?.slice(0, 2) ?? email.slice(0, 2));
  return s.toUpperCase();
}

/**
 * Account settings and sign out. Sign-out is a form post so it works even before hydration; once
 * hydrated it first deletes this person's local copies of documents, asking before it throws away
 * edits the server has not acknowledged (lib/editor/local-copies.ts).
 */
export function UserMenu({ me, signOutAction }: { me: { id: string; name: string; email: string }; signOutAction: () => Promise<void> }) {
  const [unsynced, setUnsynced] = useState(0);
  const [signingOut, startSignOut] = useTransition();
  const signOut = () =>
    startSignOut(async () => {
      await clearLocalCopies(me.id).catch(() => undefined);
      await signOutAction();
    });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const pending = unsyncedLocalCopies(me.id).length;
    if (pending > 0) setUnsynced(pending);
    else signOut();
  };
  return (
    <>
      <Dropdown
        align="right"
        buttonClassName="flex items-center gap-2 rounded-full p-0.5 hover:bg-slate-100 sm:rounded-md sm:px-2 sm:py-1"
        button={
          <>
            <span aria-hidden className="grid h-8 w-8 place-items-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700">
              {initials(me.name, me.email)}
            </span>
            <span className="sr-only">Account menu for </span>
            <span className="max-w-[10rem] truncate text-sm font-medium text-slate-700 max-sm:sr-only">{me.name}</span>
          </>
        }
      >
        {(close) => (
          <div className="py-1">
            <div className="border-b border-slate-100 px-3 pb-2 pt-1.5">
              <p className="truncate text-sm font-medium text-slate-900">{me.name}</p>
              <p className="truncate text-xs text-slate-500">{me.email}</p>
            </div>
            <Link href="/work" data-dropdown-item onClick={close} className={dropdownItemClass}>
              My work
            </Link>
            <Link href="/settings/account" data-dropdown-item onClick={close} className={dropdownItemClass}>
              Account settings
            </Link>
            <form action={signOutAction} onSubmit={onSubmit}>
              <button type="submit" data-dropdown-item className={dropdownItemClass} disabled={signingOut}>
                Sign out
              </button>
            </form>
          </div>
        )}
      </Dropdown>
      <ConfirmDialog
        open={unsynced > 0}
        title="Sign out and lose unsaved edits?"
        confirmLabel="Sign out and discard them"
        danger
        busy={signingOut}
        onConfirm={signOut}
        onCancel={() => setUnsynced(0)}
      >
        <p>
          {unsynced === 1 ? "A document has" : `${unsynced} documents have`} edits kept only in this browser: the server has not confirmed receiving them. Signing out deletes them from
          this browser.
        </p>
        <p>To keep them, cancel, open {unsynced === 1 ? "the document" : "those documents"} while online and wait for “Saved”.</p>
      </ConfirmDialog>
    </>
  );
}
