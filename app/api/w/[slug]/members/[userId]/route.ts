import { apiRoute, readJson } from "@/lib/server/http/route";
import { changeMemberRole, ZChangeMemberRoleInput } from "@/lib/server/workspaces/change-member-role";
import { removeMember } from "@/lib/server/workspaces/remove-member";

type P = { slug: string; userId: string };

export const PATCH = apiRoute<P>(async ({ req, actor, params }) => {
  const body = await readJson(req, ZChangeMemberRoleInput.pick({ role: true }));
  return { member: await changeMemberRole({ actor, workspaceSlug: params.slug, userId: params.userId, role: body.role }) };
});

export const DELETE = apiRoute<P>(async ({ actor, params }) => {
  await removeMember({ actor, workspaceSlug: params.slug, userId: params.userId });
});
