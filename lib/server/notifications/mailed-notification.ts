import "server-only";
import type { TNotificationKind } from "@/lib/domain/notifications/fan-out";
import { describeNotification } from "@/lib/domain/notifications/notification-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appBaseUrl } from "@/lib/server/http/app-base-url";
import type { TMailedNotification } from "@/lib/server/mail/render-notification-mail";
import { unsubscribeToken, type TUnsubscribeScope } from "./unsubscribe-token";

/** What a mail needs of a notification row. */
export const MAILED_NOTIFICATION_SELECT = {
  id: true,
  kind: true,
  claimId: true,
  data: true,
  userId: true,
  workspaceId: true,
  actor: { select: { name: true } },
  workspace: { select: { slug: true, name: true } },
} satisfies Prisma.NotificationSelect;

type TRow = Prisma.NotificationGetPayload<{ select: typeof MAILED_NOTIFICATION_SELECT }>;

export function toMailedNotification(n: TRow): TMailedNotification {
  const base = appBaseUrl();
  return {
    id: n.id,
    kind: n.kind as TNotificationKind,
    text: describeNotification({ kind: n.kind, actorName: n.actor?.name ?? null, data: n.data }),
    url: n.claimId ? `${base}/w/${n.workspace.slug}/claims/${n.claimId}` : `${base}/w/${n.workspace.slug}`,
    workspaceName: n.workspace.name,
  };
}

/** The links every notification mail ends with; the host names its Message-IDs. */
export function mailLinks(userId: string, scope: TUnsubscribeScope) {
  const base = appBaseUrl();
  const token = unsubscribeToken(userId, scope);
  return {
    settingsUrl: `${base}/settings/account#notifications`,
    // The page asks before it changes anything (mail scanners open links); mail clients' one-click posts to the API.
    unsubscribeUrl: token ? `${base}/unsubscribe/${token}` : null,
    oneClickUrl: token ? `${base}/api/unsubscribe/${token}` : null,
    host: new URL(base).hostname,
  };
}
