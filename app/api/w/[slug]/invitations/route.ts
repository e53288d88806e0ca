import { apiRoute, bodySchema, readJson } from "@/lib/server/http/route";
import { createInvitation, ZCreateInvitationInput } from "@/lib/server/invitations/create-invitation";
import { listInvitations } from "@/lib/server/invitations/list-invitations";

type P = { slug: string };

const ZCreateInvitationBody = bodySchema(ZCreateInvitationInput, ["workspaceSlug", "origin"]);

export const GET = apiRoute<P>(async ({ actor, params }) => ({ invitations: await listInvitations({ workspaceSlug: params.slug, actor }) }));

export const POST = apiRoute<P>(
  async ({ req, actor, params }) => {
    const body = await readJson(req, ZCreateInvitationBody);
    return createInvitation({ ...body, workspaceSlug: params.slug, origin: new URL(req.url).origin, actor });
  },
  { status: 201 },
);
