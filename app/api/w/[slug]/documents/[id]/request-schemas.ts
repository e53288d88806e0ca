import { ZUpdateDocumentMetadataInput } from "@/lib/server/documents/update-document-metadata";
import { z } from "zod";
import { bodySchema } from "@/lib/server/http/route";

/** PATCH …/documents/{id}: the article details to change. Also described by /api/openapi.json. */
export const ZUpdateDocumentMetadataBody = bodySchema(ZUpdateDocumentMetadataInput, ["workspaceSlug", "documentId"]);

/** DELETE …/documents/{id}?confirmClaimsInReview=true: trash a document whose claims are in review. */
export const ZTrashDocumentQuery = z.strictObject({
  confirmClaimsInReview: z.enum(["true", "false"], { error: "confirmClaimsInReview must be true or false." }).transform((v) => v === "true").optional(),
});
