import { apiRoute, readJson } from "@/lib/server/http/route";
import { deleteWorkspace, ZDeleteWorkspaceInput } from "@/lib/server/workspaces/delete-workspace";
import { getWorkspace } from "@/lib/server/workspaces/get-workspace";
import { updateWorkspaceSettings, ZUpdateWorkspaceSettingsInput } from "@/lib/server/workspaces/update-workspace-settings";

type P = { slug: string };

export const GET = apiRoute<P>(async ({ actor, params }) => ({ workspace: await getWorkspace({ actor, workspaceSlug: params.slug }) }));

export const PATCH = apiRoute<P>(async ({ req, actor, params }) => {
  const body = await readJson(req, ZUpdateWorkspaceSettingsInput.omit({ workspaceSlug: true }).strict());
  return { workspace: await updateWorkspaceSettings({ actor, workspaceSlug: params.slug, ...body }) };
});

export const DELETE = apiRoute<P>(async ({ req, actor, params }) => {
  const body = await readJson(req, ZDeleteWorkspaceInput.omit({ workspaceSlug: true }));
  await deleteWorkspace({ actor, workspaceSlug: params.slug, ...body });
});
