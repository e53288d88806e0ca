import { apiRoute, readJson } from "@/lib/server/http/route";
import { createInvitation, ZCreateInvitationInput } from "@/lib/server/invitations/create-invitation";
import { listInvitations } from "@/lib/server/invitations/list-invitations";

type P = { slug: string };

export const GET = apiRoute<P>(async ({ actor, params }) => ({ invitations: await listInvitations({ actor, workspaceSlug: params.slug }) }));

export const POST = apiRoute<P>(
  async ({ req, actor, params }) => {
    const body = await readJson(req, ZCreateInvitationInput.pick({ email: true, role: true }));
    return createInvitation({ actor, workspaceSlug: params.slug, ...body, origin: new URL(req.url).origin });
  },
  { status: 201 },
);
