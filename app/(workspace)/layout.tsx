import { redirect } from "next/navigation";
import { signOutAction } from "@/app/(auth)/actions";
import { TopBar } from "@/components/shell/top-bar";
import { isAppError } from "@/lib/errors";
import { getSessionActor } from "@/lib/server/auth/get-actor";
import { listMyNotifications } from "@/lib/server/notifications/list-my-notifications";
import { getMe } from "@/lib/server/users/get-me";
import { listMyWorkspaces } from "@/lib/server/workspaces/list-my-workspaces";

/**
 * The signed-in shell: the top bar and the workspace switcher. Signed out, it renders the page
 * bare: every page here calls requirePageActor with its own path, so the visitor is sent to
 * sign-in and back to where they were going (a layout cannot know the URL to come back to).
 */
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await getSessionActor();
  if (!actor) return <>{children}</>;
  const [me, workspaces, notifications] = await Promise.all([
    getMe({ actor }).catch((e) => {
      // The account was deleted under a still-valid session: treat it as signed out.
      if (isAppError(e) && e.code === "UNAUTHENTICATED") redirect("/signin");
      throw e;
    }),
    listMyWorkspaces({ actor }),
    listMyNotifications({ actor, limit: 1 }),
  ]);
  return (
    <div className="min-h-screen">
      <TopBar me={me} workspaces={workspaces.map((w) => ({ slug: w.slug, name: w.name, role: w.role }))} signOutAction={signOutAction} unread={notifications.unread} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
        {children}
      </main>
    </div>
  );
}
