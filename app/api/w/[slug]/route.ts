import { apiRoute, bodySchema, readJson } from "@/lib/server/http/route";
import { deleteWorkspace, ZDeleteWorkspaceInput } from "@/lib/server/workspaces/delete-workspace";
import { getWorkspace } from "@/lib/server/workspaces/get-workspace";
import { updateWorkspaceSettings, ZUpdateWorkspaceSettingsInput } from "@/lib/server/workspaces/update-workspace-settings";

type P = { slug: string };

const ZUpdateWorkspaceSettingsBody = bodySchema(ZUpdateWorkspaceSettingsInput, ["workspaceSlug"]);
const ZDeleteWorkspaceBody = bodySchema(ZDeleteWorkspaceInput, ["workspaceSlug"]);

export const GET = apiRoute<P>(async ({ actor, params }) => ({ workspace: await getWorkspace({ workspaceSlug: params.slug, actor }) }));

export const PATCH = apiRoute<P>(async ({ req, actor, params }) => {
  const body = await readJson(req, ZUpdateWorkspaceSettingsBody);
  return { workspace: await updateWorkspaceSettings({ ...body, workspaceSlug: params.slug, actor }) };
});

export const DELETE = apiRoute<P>(async ({ req, actor, params }) => {
  const body = await readJson(req, ZDeleteWorkspaceBody);
  await deleteWorkspace({ ...body, workspaceSlug: params.slug, actor });
});
