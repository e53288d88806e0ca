import { bodySchema } from "@/lib/server/http/route";
import { ZDeleteWorkspaceInput } from "@/lib/server/workspaces/delete-workspace";
import { ZUpdateWorkspaceSettingsInput } from "@/lib/server/workspaces/update-workspace-settings";

/** PATCH /api/w/{slug}: the settings to change. Also described by /api/openapi.json. */
export const ZUpdateWorkspaceSettingsBody = bodySchema(ZUpdateWorkspaceSettingsInput, ["workspaceSlug"]);

/** DELETE /api/w/{slug}: the slug typed back. */
export const ZDeleteWorkspaceBody = bodySchema(ZDeleteWorkspaceInput, ["workspaceSlug"]);
