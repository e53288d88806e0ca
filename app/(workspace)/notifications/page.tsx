import type { Metadata } from "next";
import { NotificationList } from "@/components/shell/notification-list";
import { PageHeader } from "@/components/workspaces/page-header";
import { requirePageActor } from "@/lib/server/auth/get-actor";
import { listMyNotifications } from "@/lib/server/notifications/list-my-notifications";

export const metadata: Metadata = { title: "Notifications" };

/** My notifications across my workspaces, newest first. */
export default async function NotificationsPage() {
  const actor = await requirePageActor("/notifications");
  const { notifications } = await listMyNotifications({ actor, limit: 100 });
  return (
    <>
      <PageHeader title="Notifications" description="Mentions, review requests and decisions on your verdicts, across your workspaces." />
      <NotificationList initial={notifications} />
    </>
  );
}
