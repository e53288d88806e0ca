import { z } from "zod";
import { publicRoute } from "@/lib/server/http/route";
import { unsubscribe } from "@/lib/server/notifications/unsubscribe";

const ZParams = z.object({ token: z.string().min(1).max(200) }).strict();

/**
 * POST /api/unsubscribe/{token}: the target of a mail's List-Unsubscribe header (RFC 8058 one-click:
 * mail clients post `List-Unsubscribe=One-Click` without a session) and of the confirmation page's
 * form. The token authorises; the body is ignored. A browser's form post is sent back to the page.
 */
export const POST = publicRoute<{ token: string }>(async ({ req, params }) => {
  const { token } = ZParams.parse(params);
  const result = await unsubscribe({ token });
  if (req.headers.get("accept")?.includes("text/html")) {
    return new Response(null, { status: 303, headers: { location: `/unsubscribe/${encodeURIComponent(token)}?done=1` } });
  }
  return result;
});

/** A client that opens the one-click address instead of posting to it gets the confirmation page. */
export const GET = publicRoute<{ token: string }>(async ({ params }) => {
  const { token } = ZParams.parse(params);
  return new Response(null, { status: 303, headers: { location: `/unsubscribe/${encodeURIComponent(token)}` } });
});
