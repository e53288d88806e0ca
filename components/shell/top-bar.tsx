import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { UserMenu } from "@/components/shell/user-menu";
import { WorkspaceNav } from "@/components/shell/workspace-nav";
import { WorkspaceSwitcher, type TSwitcherWorkspace } from "@/components/shell/workspace-switcher";

/** The signed-in header: logo, workspace switcher, account menu; the workspace's tabs below. */
export function TopBar({
  me,
  workspaces,
  signOutAction,
  unread = 0,
}: {
  me: { id: string; name: string; email: string };
  workspaces: TSwitcherWorkspace[];
  signOutAction: () => Promise<void>;
  /** Unread notifications, as of this page load. */
  unread?: number;
}) {
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow">
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-3 sm:px-6">
        <Link href="/dashboard" title="Your workspaces" className="rounded-md">
          <Logo className="max-sm:text-[0px]" />
        </Link>
        <span aria-hidden className="text-slate-300">/</span>
        <WorkspaceSwitcher workspaces={workspaces} />
        <div className="flex-1" />
        {/* On phones it lives in the account menu: the bar has no room. */}
        <Link href="/work" className="rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap text-slate-600 hover:bg-slate-100 hover:text-slate-900 max-sm:hidden">
          My work
        </Link>
        <Link
          href="/notifications"
          data-testid="notification-bell"
          aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
          className="relative rounded-md p-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden="true">
            <path d="M10 3a4.5 4.5 0 0 0-4.5 4.5v2.7L4 13h12l-1.5-2.8V7.5A4.5 4.5 0 0 0 10 3Z" strokeLinejoin="round" />
            <path d="M8.2 15.5a1.9 1.9 0 0 0 3.6 0" strokeLinecap="round" />
          </svg>
          {unread > 0 && (
            <span data-testid="unread-count" className="absolute -top-0.5 -right-0.5 min-w-[1.1rem] rounded-full bg-red-600 px-1 text-center text-[11px] leading-[1.1rem] font-semibold text-white">
              {unread > 99 ? "99+" : unread}
            </span>
          )}
        </Link>
        <UserMenu me={me} signOutAction={signOutAction} />
      </div>
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <WorkspaceNav slugs={workspaces.map((w) => w.slug)} />
      </div>
    </header>
  );
}
