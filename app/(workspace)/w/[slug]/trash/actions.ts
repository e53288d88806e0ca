"use server";

import { revalidatePath } from "next/cache";
import { requirePageActor } from "@/lib/server/auth/get-actor";
import { restoreDocument } from "@/lib/server/documents/restore-document";
import { runAction, type TActionResult } from "@/lib/server/http/action";

/**
 * "Restore" on the trash page and on a trashed document's old link; slug and id are bound by the
 * page, authorization is restoreDocument's. The caller decides where the person goes next.
 */
export async function restoreDocumentAction(slug: string, documentId: string): Promise<TActionResult<{ id: string; title: string }>> {
  return runAction(async () => {
    const actor = await requirePageActor(`/w/${slug}/trash`);
    const restored = await restoreDocument({ workspaceSlug: slug, documentId, actor });
    // The documents list, the claims page and the overview show it and its claims again.
    revalidatePath(`/w/${slug}`, "layout");
    return restored;
  });
}
