import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/me/events/route";
import { mentionToken } from "@/lib/domain/conversation/comment-text";
import { addComment } from "@/lib/server/comments/add-comment";
import { actorOf, call, reviewWorld, tokenFor } from "../reviews/helpers";

/** Reads the stream until an `event:` line of `type` arrives (or the deadline). */
async function nextEvent(res: Response, type: string, ms = 5000): Promise<boolean> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    text += decoder.decode(chunk.value);
    if (text.includes(`event: ${type}\n`)) {
      reader.releaseLock();
      return true;
    }
  }
  return false;
}

describe("live events (Server-Sent Events)", () => {
  it("a mention reaches the mentioned person's stream and the claim's conversation stream, after the commit; strangers cannot follow a claim", async () => {
    const x = await reviewWorld({ submit: false });
    const abort = new AbortController();
    const mine = await GET(call(await tokenFor(x.w.reviewer.id), "/api/me/events", { signal: abort.signal }), { params: Promise.resolve({}) });
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const claimStream = await GET(call(await tokenFor(x.w.viewer.id), `/api/me/events?claim=${x.claim.id}`, { signal: abort.signal }), { params: Promise.resolve({}) });
    expect(claimStream.status).toBe(200);

    const heard = Promise.all([nextEvent(mine, "notification"), nextEvent(claimStream, "comments")]);
    await new Promise((r) => setTimeout(r, 300)); // the LISTEN connection is up
    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: `${mentionToken({ id: x.w.reviewer.id, name: "Rev" })} look` });
    expect(await heard).toEqual([true, true]);
    abort.abort();

    const outsider = await GET(call(await tokenFor(x.w.outsider.id), `/api/me/events?claim=${x.claim.id}`), { params: Promise.resolve({}) });
    expect(outsider.status).toBe(404);
    const forged = await GET(call(await tokenFor(x.w.outsider.id), `/api/me/events?userId=${x.w.reviewer.id}`), { params: Promise.resolve({}) });
    expect(forged.status).toBe(400);
  });
});
