import { apiRoute, readJson } from "@/lib/server/http/route";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { listInvitations } from "@/lib/server/invitations/list-invitations";
import { ZCreateInvitationBody } from "./request-schemas";

type P = { slug: string };

export const GET = apiRoute<P>(async ({ actor, params }) => ({ invitations: await listInvitations({ workspaceSlug: params.slug, actor }) }));

export const POST = apiRoute<P>(
  async ({ req, actor, params }) => {
    const body = await readJson(req, ZCreateInvitationBody);
    return createInvitation({ ...body, workspaceSlug: params.slug, origin: new URL(req.url).origin, actor });
  },
  { status: 201 },
);
