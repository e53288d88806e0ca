"use client";

import { initials, readableTextColor } from "@/lib/editor/presence-colors";
import type { TPresentUser } from "./use-presence";

const SHOWN = 5;

/** Avatars of everyone with the document open, in their caret colours. */
export function PresenceList({ users }: { users: TPresentUser[] }) {
  if (users.length === 0) return null;
  const shown = users.slice(0, SHOWN);
  const hidden = users.slice(SHOWN);
  return (
    <div className="flex items-center gap-2">
      <h2 className="sr-only">In this document</h2>
      <ul className="flex -space-x-1.5" aria-label={`${users.length} ${users.length === 1 ? "person" : "people"} in this document`} data-testid="presence-list">
        {shown.map((u) => (
          <li key={u.id} title={u.isSelf ? `${u.name} (you)` : u.name} data-user-name={u.name}>
            <span
              className="flex size-8 items-center justify-center rounded-full text-xs font-semibold ring-2 ring-white select-none"
              style={{ backgroundColor: u.color, color: readableTextColor(u.color) }}
              aria-hidden="true"
            >
              {initials(u.name)}
            </span>
            <span className="sr-only">{u.isSelf ? `${u.name} (you)` : u.name}</span>
          </li>
        ))}
        {hidden.length > 0 && (
          <li title={hidden.map((u) => u.name).join(", ")}>
            <span className="flex size-8 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700 ring-2 ring-white" aria-hidden="true">
              +{hidden.length}
            </span>
            <span className="sr-only">and {hidden.map((u) => u.name).join(", ")}</span>
          </li>
        )}
      </ul>
    </div>
  );
}
