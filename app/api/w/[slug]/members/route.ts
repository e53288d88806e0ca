import { apiRoute } from "@/lib/server/http/route";
import { listMembers } from "@/lib/server/workspaces/list-members";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params }) => ({ members: await listMembers({ workspaceSlug: params.slug, actor }) }));
