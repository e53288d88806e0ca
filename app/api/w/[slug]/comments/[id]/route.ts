import { deleteComment } from "@/lib/server/comments/delete-comment";
import { editComment } from "@/lib/server/comments/edit-comment";
import { apiRoute, readJson } from "@/lib/server/http/route";
import { ZEditCommentBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const PATCH = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZEditCommentBody);
  return editComment({ ...body, workspaceSlug: params.slug, commentId: params.id, actor });
});

export const DELETE = apiRoute<TParams>(async ({ actor, params }) => {
  await deleteComment({ workspaceSlug: params.slug, commentId: params.id, actor });
});
