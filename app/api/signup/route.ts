import { publicRoute, readJson, requestIp } from "@/lib/server/http/route";
import { signUp, ZSignUpInput } from "@/lib/server/users/sign-up";

export const POST = publicRoute(
  async ({ req }) => {
    const body = await readJson(req, ZSignUpInput);
    return { user: await signUp({ ...body, ip: requestIp(req.headers) }) };
  },
  { status: 201 },
);
