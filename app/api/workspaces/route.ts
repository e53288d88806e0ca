import { apiRoute, readJson } from "@/lib/server/http/route";
import { createWorkspace, ZCreateWorkspaceInput } from "@/lib/server/workspaces/create-workspace";
import { listMyWorkspaces } from "@/lib/server/workspaces/list-my-workspaces";

export const GET = apiRoute(async ({ actor }) => ({ workspaces: await listMyWorkspaces({ actor }) }));

export const POST = apiRoute(
  async ({ req, actor }) => {
    const body = await readJson(req, ZCreateWorkspaceInput);
    return { workspace: await createWorkspace({ ...body, actor }) };
  },
  { status: 201 },
);
