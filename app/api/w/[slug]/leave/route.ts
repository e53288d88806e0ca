import { apiRoute } from "@/lib/server/http/route";
import { leaveWorkspace } from "@/lib/server/workspaces/leave-workspace";

export const POST = apiRoute<{ slug: string }>(async ({ actor, params }) => {
  await leaveWorkspace({ workspaceSlug: params.slug, actor });
});
