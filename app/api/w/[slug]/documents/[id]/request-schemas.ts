import { ZUpdateDocumentMetadataInput } from "@/lib/server/documents/update-document-metadata";
import { bodySchema } from "@/lib/server/http/route";

/** PATCH …/documents/{id}: the article details to change. Also described by /api/openapi.json. */
export const ZUpdateDocumentMetadataBody = bodySchema(ZUpdateDocumentMetadataInput, ["workspaceSlug", "documentId"]);
