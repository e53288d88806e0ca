"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/server/auth/get-actor";
import { trashDocument } from "@/lib/server/documents/trash-document";
import { lockDocumentText } from "@/lib/server/documents/lock-document-text";
import { unlockDocumentText } from "@/lib/server/documents/unlock-document-text";
import { updateDocumentMetadata, ZUpdateDocumentMetadataInput } from "@/lib/server/documents/update-document-metadata";
import { readForm, runAction, type TActionResult } from "@/lib/server/http/action";
import { bodySchema } from "@/lib/server/http/route";

const ZDocumentDetailsForm = bodySchema(ZUpdateDocumentMetadataInput, ["workspaceSlug", "documentId"]);

/** The details form of the document page; slug and id are bound by the page, authorization is updateDocumentMetadata's. */
export async function saveDocumentDetailsAction(
  slug: string,
  documentId: string,
  _prev: unknown,
  form: FormData,
): Promise<TActionResult<{ title: string }>> {
  return runAction(async () => {
    const actor = await requirePageActor(`/w/${slug}/documents/${documentId}`);
    const doc = await updateDocumentMetadata({ ...readForm(form, ZDocumentDetailsForm), workspaceSlug: slug, documentId, actor });
    revalidatePath(`/w/${slug}/documents/${documentId}`);
    return { title: doc.title };
  });
}

/**
 * The document page's "Move to trash" (input validated and authorized by trashDocument). On
 * success the person lands on the documents list with a notice; a refusal (no longer allowed,
 * already trashed by someone else) comes back to the confirmation dialog.
 */
export async function deleteDocumentAction(slug: string, documentId: string, confirmClaimsInReview?: boolean): Promise<TActionResult> {
  const result = await runAction(async () => {
    const actor = await requirePageActor(`/w/${slug}/documents/${documentId}`);
    // The dialog named the claims in review (or the server's 409 did) before this confirmation.
    await trashDocument({ confirmClaimsInReview: confirmClaimsInReview === true, workspaceSlug: slug, documentId, actor });
    // Everything under the workspace may show it or its claims (documents list, claims page, overview).
    revalidatePath(`/w/${slug}`, "layout");
  });
  if (result.ok) redirect(`/w/${slug}/documents?deleted=1`);
  return result;
}

/** The document page's Lock text / Unlock text; slug and id are bound by the page, authorization is the server functions'. */
export async function setTextLockAction(slug: string, documentId: string, locked: boolean): Promise<TActionResult> {
  return runAction(async () => {
    const actor = await requirePageActor(`/w/${slug}/documents/${documentId}`);
    if (locked === true) await lockDocumentText({ workspaceSlug: slug, documentId, actor });
    else await unlockDocumentText({ workspaceSlug: slug, documentId, actor });
    revalidatePath(`/w/${slug}/documents/${documentId}`);
  });
}
