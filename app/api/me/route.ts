import { apiRoute } from "@/lib/server/http/route";
import { getMe } from "@/lib/server/users/get-me";

export const GET = apiRoute(async ({ actor }) => ({ user: await getMe({ actor }) }));
