import { apiRoute, readJson } from "@/lib/server/http/route";
import { changeMemberRole } from "@/lib/server/workspaces/change-member-role";
import { removeMember } from "@/lib/server/workspaces/remove-member";
import { ZChangeMemberRoleBody } from "./request-schemas";

type P = { slug: string; userId: string };

export const PATCH = apiRoute<P>(async ({ req, actor, params }) => {
  const body = await readJson(req, ZChangeMemberRoleBody);
  return { member: await changeMemberRole({ ...body, workspaceSlug: params.slug, userId: params.userId, actor }) };
});

export const DELETE = apiRoute<P>(async ({ actor, params }) => {
  await removeMember({ workspaceSlug: params.slug, userId: params.userId, actor });
});
