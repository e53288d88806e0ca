"use server";

import { revalidatePath } from "next/cache";
import { requirePageActor } from "@/lib/server/auth/get-actor";
import { unlockDocumentText } from "@/lib/server/documents/unlock-document-text";
import { runAction, type TActionResult } from "@/lib/server/http/action";

/**
 * "Unlock for a correction" on a document whose text is held by claims in review: the reason is
 * required and validated by unlockDocumentText, which voids those claims' approvals and takes them
 * back to research. Slug and id are bound by the page; authorization is the server function's.
 */
export async function unlockTextForCorrectionAction(slug: string, documentId: string, reason: string): Promise<TActionResult> {
  return runAction(async () => {
    const actor = await requirePageActor(`/w/${slug}/documents/${documentId}`);
    await unlockDocumentText({ correctionReason: typeof reason === "string" ? reason : "", workspaceSlug: slug, documentId, actor });
    revalidatePath(`/w/${slug}`, "layout");
  });
}
