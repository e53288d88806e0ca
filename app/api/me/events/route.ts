import { apiRoute, readQuery } from "@/lib/server/http/route";
import { subscribeLiveEvents } from "@/lib/server/notifications/live-events";
import { liveTopics } from "@/lib/server/notifications/live-topics";
import { ZLiveEventsQuery } from "./request-schemas";

// A stream stays open: never pre-rendered or cached.
export const dynamic = "force-dynamic";

/**
 * Server-Sent Events for the open page: `notification` when something new is waiting for the
 * caller, `comments` when the conversation of `?claim=` changed. Events carry no data (the page
 * fetches what it shows through the API, with its own authorization); a comment line every 25 s
 * keeps proxies from closing an idle stream.
 */
export const GET = apiRoute(async ({ actor, req }) => {
  const topics = await liveTopics({ ...readQuery(req, ZLiveEventsQuery), actor });
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      send("retry: 3000\n\n");
      const unsubscribe = subscribeLiveEvents(topics, (e) => send(`event: ${e.type}\ndata: {}\n\n`));
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 25_000);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      req.signal.addEventListener("abort", () => cleanup(), { once: true });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
});
