import { apiRoute, readJson } from "@/lib/server/http/route";
import { deleteWorkspace } from "@/lib/server/workspaces/delete-workspace";
import { getWorkspace } from "@/lib/server/workspaces/get-workspace";
import { updateWorkspaceSettings } from "@/lib/server/workspaces/update-workspace-settings";
import { ZDeleteWorkspaceBody, ZUpdateWorkspaceSettingsBody } from "./request-schemas";

type P = { slug: string };

export const GET = apiRoute<P>(async ({ actor, params }) => ({ workspace: await getWorkspace({ workspaceSlug: params.slug, actor }) }));

export const PATCH = apiRoute<P>(async ({ req, actor, params }) => {
  const body = await readJson(req, ZUpdateWorkspaceSettingsBody);
  return { workspace: await updateWorkspaceSettings({ ...body, workspaceSlug: params.slug, actor }) };
});

export const DELETE = apiRoute<P>(async ({ req, actor, params }) => {
  const body = await readJson(req, ZDeleteWorkspaceBody);
  await deleteWorkspace({ ...body, workspaceSlug: params.slug, actor });
});
