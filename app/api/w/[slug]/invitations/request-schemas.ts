import { ZCreateInvitationInput } from "@/lib/server/invitations/create-invitation";
import { bodySchema } from "@/lib/server/http/route";

/** POST …/invitations: who to invite and as what; the link's origin is the server's. Also described by /api/openapi.json. */
export const ZCreateInvitationBody = bodySchema(ZCreateInvitationInput, ["workspaceSlug", "origin"]);
