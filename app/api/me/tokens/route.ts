import { apiRoute, readJson } from "@/lib/server/http/route";
import { createApiToken, ZCreateApiTokenInput } from "@/lib/server/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";

export const GET = apiRoute(async ({ actor }) => ({ tokens: await listApiTokens({ actor }) }));

export const POST = apiRoute(
  async ({ req, actor }) => {
    const body = await readJson(req, ZCreateApiTokenInput);
    const { token, secret } = await createApiToken({ ...body, actor });
    return { token: { ...token, secret } };
  },
  { status: 201 },
);
