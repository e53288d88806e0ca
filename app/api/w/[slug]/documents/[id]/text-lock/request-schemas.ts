import { bodySchema } from "@/lib/server/http/route";
import { ZUnlockDocumentTextInput } from "@/lib/server/documents/unlock-document-text";

/** DELETE …/text-lock?correctionReason=…: the reason is needed only when claims in review hold the text. */
export const ZUnlockTextQuery = bodySchema(ZUnlockDocumentTextInput, ["workspaceSlug", "documentId"]);
