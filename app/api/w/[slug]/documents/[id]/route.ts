import { z } from "zod";
import { deleteDocument } from "@/lib/server/documents/delete-document";
import { getDocument } from "@/lib/server/documents/get-document";
import { updateDocumentMetadata } from "@/lib/server/documents/update-document-metadata";
import { apiRoute, readJson } from "@/lib/server/http/route";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => ({ document: await getDocument({ actor, workspaceSlug: params.slug, documentId: params.id }) }));

export const PATCH = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, z.record(z.string(), z.unknown(), { error: "Send a JSON object." }));
  return { document: await updateDocumentMetadata({ actor, ...body, workspaceSlug: params.slug, documentId: params.id }) };
});

export const DELETE = apiRoute<TParams>(async ({ actor, params }) => {
  await deleteDocument({ actor, workspaceSlug: params.slug, documentId: params.id });
});
