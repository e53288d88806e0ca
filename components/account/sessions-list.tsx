import { formatDate, timeAgo } from "@/components/ui/format";
import { buttonClass } from "@/components/ui/button";
import type { TAuthSessionDto } from "@/lib/domain/auth/auth-session-dto";

/** A session with its user agent put into words for people. */
export type TSessionRow = TAuthSessionDto & { device: string };

function DeviceIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" className="h-5 w-5 text-slate-400">
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M8 20h8M12 16v4" strokeLinecap="round" />
    </svg>
  );
}

/** The user's signed-in browsers; others can be signed out one by one, all of them at once below. */
export function SessionsList({
  sessions,
  revokeAction,
  signOutEverywhereAction,
}: {
  sessions: TSessionRow[];
  revokeAction: (formData: FormData) => Promise<void>;
  signOutEverywhereAction: () => Promise<void>;
}) {
  return (
    <div>
      <ul className="divide-y divide-slate-100" aria-label="Active sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex items-center gap-3 py-3 first:pt-0">
            <DeviceIcon />
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                {s.device}
                {s.current && <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-700 ring-1 ring-inset ring-emerald-200">This device</span>}
              </p>
              <p className="text-xs text-slate-500">
                {s.ip && s.ip !== "unknown" ? `${s.ip} · ` : ""}Signed in {formatDate(s.createdAt)} · {s.current ? "Active now" : `Last active ${timeAgo(s.lastSeenAt)}`}
              </p>
            </div>
            {!s.current && (
              <form action={revokeAction}>
                <input type="hidden" name="sessionId" value={s.id} />
                <button type="submit" className={buttonClass("secondary", "px-2.5 py-1.5 text-xs")} aria-label={`Sign out ${s.device}, signed in ${formatDate(s.createdAt)}`}>
                  Sign out
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-col gap-3 rounded-md bg-slate-50 p-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-600">Lost a device or signed in somewhere public? End every session, including this one, and revoke every personal access token.</p>
        <form action={signOutEverywhereAction} className="shrink-0">
          <button type="submit" className={buttonClass("danger")}>
            Sign out everywhere
          </button>
        </form>
      </div>
    </div>
  );
}
