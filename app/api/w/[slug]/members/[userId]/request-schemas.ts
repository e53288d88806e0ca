import { ZChangeMemberRoleInput } from "@/lib/server/workspaces/change-member-role";
import { bodySchema } from "@/lib/server/http/route";

/** PATCH …/members/{userId}: the new role. Also described by /api/openapi.json. */
export const ZChangeMemberRoleBody = bodySchema(ZChangeMemberRoleInput, ["workspaceSlug", "userId"]);
