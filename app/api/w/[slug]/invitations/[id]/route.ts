import { apiRoute } from "@/lib/server/http/route";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";

export const DELETE = apiRoute<{ slug: string; id: string }>(async ({ actor, params }) => {
  await revokeInvitation({ workspaceSlug: params.slug, invitationId: params.id, actor });
});
