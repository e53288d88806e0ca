import "server-only";
import type { TTx } from "@/lib/db";
import { publishLiveEvent } from "@/lib/server/notifications/live-events";

/** The topic every process's public-page cache listens on. */
export const PUBLIC_TOPIC = "public";

/**
 * Tells every process that a workspace's public pages changed (a publication, correction,
 * retraction, a slug or public-profile change), in the writer's transaction: their caches drop
 * those pages when (and only if) it commits.
 */
export async function publicChanged(tx: TTx, workspaceId: string): Promise<void> {
  await publishLiveEvent(tx, { type: "public", topics: [PUBLIC_TOPIC, `${PUBLIC_TOPIC}:${workspaceId}`] });
}
