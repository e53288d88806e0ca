import { afterAll, beforeAll, expect, it } from "vitest";
import { createClaim } from "@/lib/server/claims/create-claim";
import { connectClient, waitFor, type TCollabClient } from "./collab-client";
import { markedTexts } from "./claim-writes";
import { collabWorld, startCollab } from "./fixtures";

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) console.log("collab claims Redis test skipped: REDIS_URL is not set (the CI's second integration run sets it)");

let one: Awaited<ReturnType<typeof startCollab>> | undefined;
let two: Awaited<ReturnType<typeof startCollab>> | undefined;
const clients: TCollabClient[] = [];

beforeAll(async () => {
  if (!redisUrl) return;
  one = await startCollab({ redisUrl, name: "claims-1" });
  two = await startCollab({ redisUrl, name: "claims-2" });
  await waitFor(() => one!.collab.stats().listening && two!.collab.stats().listening);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await one?.close();
  await two?.close();
});

it.skipIf(!redisUrl)("instances linked through Redis each catch up their clients, and each client hears claims-changed once per change", async () => {
  const text = "Linked instances see the claim.";
  const w = await collabWorld(text);
  const connect = async (url: string) => {
    const c = connectClient({ url, documentName: w.documentName, token: await w.token(w.editor) });
    clients.push(c);
    const messages: string[] = [];
    c.provider.on("stateless", ({ payload }: { payload: string }) => messages.push(payload));
    await c.acked();
    return { c, messages };
  };
  const a = await connect(one!.url);
  const b = await connect(two!.url);
  const claim = await createClaim({ actor: { userId: w.editor.id, via: "session" }, workspaceSlug: w.slug, documentId: w.document.id, start: text.indexOf("claim"), end: text.indexOf("claim") + 5, exact: "claim" });
  for (const { c } of [a, b]) await waitFor(() => markedTexts(c.doc).get(claim.id)?.[0] === "claim", { message: "mark not received" });
  await waitFor(() => a.messages.length > 0 && b.messages.length > 0);
  await new Promise((r) => setTimeout(r, 500)); // room for a duplicate relayed through Redis to arrive
  expect(a.messages).toEqual([JSON.stringify({ type: "claims-changed" })]);
  expect(b.messages).toEqual([JSON.stringify({ type: "claims-changed" })]);
});
