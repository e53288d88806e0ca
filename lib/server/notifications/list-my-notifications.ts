import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TNotificationDto } from "@/lib/domain/notifications/notification-dto";
import { describeNotification } from "@/lib/domain/notifications/notification-text";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

export const ZListMyNotificationsInput = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(30),
    // "true"/"false" from a query string, or a boolean from a caller in code.
    unreadOnly: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ error: "unreadOnly must be true or false." })).optional(),
  })
  .strict();
export type TListMyNotificationsInput = z.input<typeof ZListMyNotificationsInput>;

/**
 * The caller's own notifications, newest first, and how many are unread. Only from workspaces
 * they still belong to: someone removed stops seeing that workspace's notifications at once.
 */
export async function listMyNotifications({ actor, ...input }: { actor: TActor } & TListMyNotificationsInput): Promise<{ notifications: TNotificationDto[]; unread: number }> {
  const { limit, unreadOnly } = ZListMyNotificationsInput.parse(input);
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const mine = { userId: actor.userId, workspace: { memberships: { some: { userId: actor.userId } } } };
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { ...mine, ...(unreadOnly ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        kind: true,
        claimId: true,
        data: true,
        readAt: true,
        createdAt: true,
        actor: { select: { id: true, name: true } },
        workspace: { select: { slug: true, name: true } },
      },
    }),
    db.notification.count({ where: { ...mine, readAt: null } }),
  ]);
  return {
    unread,
    notifications: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      text: describeNotification({ kind: n.kind, actorName: n.actor?.name ?? null, data: n.data }),
      href: n.claimId ? `/w/${n.workspace.slug}/claims/${n.claimId}` : `/w/${n.workspace.slug}`,
      workspace: n.workspace,
      actor: n.actor,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
  };
}
