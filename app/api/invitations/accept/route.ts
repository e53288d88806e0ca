import { apiRoute, readJson } from "@/lib/server/http/route";
import { acceptInvitation, ZAcceptInvitationInput } from "@/lib/server/invitations/accept-invitation";

export const POST = apiRoute(async ({ req, actor }) => {
  const body = await readJson(req, ZAcceptInvitationInput);
  return acceptInvitation({ ...body, actor });
});
