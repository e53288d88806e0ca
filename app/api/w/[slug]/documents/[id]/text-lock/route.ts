import { lockDocumentText } from "@/lib/server/documents/lock-document-text";
import { unlockDocumentText } from "@/lib/server/documents/unlock-document-text";
import { apiRoute, readQuery } from "@/lib/server/http/route";
import { ZUnlockTextQuery } from "./request-schemas";

type TParams = { slug: string; id: string };

// No body: what is locked and by whom come from the path and the caller only.
export const POST = apiRoute<TParams>(async ({ actor, params }) => lockDocumentText({ workspaceSlug: params.slug, documentId: params.id, actor }));

// `?correctionReason=…` lifts the locks held by claims in review too, voiding their approvals.
export const DELETE = apiRoute<TParams>(async ({ actor, params, req }) =>
  unlockDocumentText({ ...readQuery(req, ZUnlockTextQuery), workspaceSlug: params.slug, documentId: params.id, actor }),
);
