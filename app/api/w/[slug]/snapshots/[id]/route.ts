import { apiRoute } from "@/lib/server/http/route";
import { getSnapshot } from "@/lib/server/snapshots/get-snapshot";

type TParams = { slug: string; id: string };

/** One capture with its readable text. */
export const GET = apiRoute<TParams>(async ({ actor, params }) => ({ snapshot: await getSnapshot({ workspaceSlug: params.slug, snapshotId: params.id, actor }) }));
