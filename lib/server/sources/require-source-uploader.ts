import "server-only";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

/**
 * Checked before an upload's body is read: a stranger (404) or a viewer (403) is refused before
 * the server buffers up to 20 MB for them. createFileSource checks again when it writes.
 */
export async function requireSourceUploader({ actor, workspaceSlug }: { actor: TActor; workspaceSlug: string }): Promise<void> {
  await requireMembership({ actor, workspaceSlug, capability: "content.edit" });
}
