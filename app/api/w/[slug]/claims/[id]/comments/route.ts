import { addComment } from "@/lib/server/comments/add-comment";
import { listComments } from "@/lib/server/comments/list-comments";
import { apiRoute, readJson } from "@/lib/server/http/route";
import { ZAddCommentBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => listComments({ workspaceSlug: params.slug, claimId: params.id, actor }));

export const POST = apiRoute<TParams>(
  async ({ actor, params, req }) => {
    const body = await readJson(req, ZAddCommentBody);
    return addComment({ ...body, workspaceSlug: params.slug, claimId: params.id, actor });
  },
  { status: 201 },
);
