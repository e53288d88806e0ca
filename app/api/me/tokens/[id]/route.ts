import { apiRoute } from "@/lib/server/http/route";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await revokeApiToken({ tokenId: params.id, actor });
});
