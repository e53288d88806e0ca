import { trashDocument } from "@/lib/server/documents/trash-document";
import { getDocument } from "@/lib/server/documents/get-document";
import { updateDocumentMetadata } from "@/lib/server/documents/update-document-metadata";
import { apiRoute, readJson, readQuery } from "@/lib/server/http/route";
import { ZTrashDocumentQuery, ZUpdateDocumentMetadataBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => ({ document: await getDocument({ workspaceSlug: params.slug, documentId: params.id, actor }) }));

export const PATCH = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZUpdateDocumentMetadataBody);
  return { document: await updateDocumentMetadata({ ...body, workspaceSlug: params.slug, documentId: params.id, actor }) };
});

// `?confirmClaimsInReview=true`: trash it even though claims on it are in review (409 naming them otherwise).
export const DELETE = apiRoute<TParams>(async ({ actor, params, req }) => {
  await trashDocument({ ...readQuery(req, ZTrashDocumentQuery), workspaceSlug: params.slug, documentId: params.id, actor });
});
