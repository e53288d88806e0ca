import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { MyWorkLink } from "@/components/shell/my-work-link";
import { NotificationBell } from "@/components/shell/notification-bell";
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
        <MyWorkLink className="rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap text-slate-600 hover:bg-slate-100 hover:text-slate-900 max-sm:hidden" />
        <NotificationBell initialUnread={unread} />
        <UserMenu me={me} signOutAction={signOutAction} />
      </div>
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <WorkspaceNav slugs={workspaces.map((w) => w.slug)} />
      </div>
    </header>
  );
}
