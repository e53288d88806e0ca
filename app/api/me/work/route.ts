import { apiRoute } from "@/lib/server/http/route";
import { getMyWork } from "@/lib/server/work/get-my-work";

export const GET = apiRoute(async ({ actor }) => getMyWork({ actor }));
