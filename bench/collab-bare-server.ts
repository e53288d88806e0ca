import { Server } from "@hocuspocus/server";

/**
 * The benchmark's baseline: Hocuspocus as it comes — no authentication, no persistence, no
 * write-ahead log, no Redis. Same IPC contract as scripts/collab.ts (ready / stats).
 */
const server = new Server({ port: Number(process.env.COLLAB_PORT ?? 0), address: "127.0.0.1", quiet: true, stopOnSignals: true });
await server.listen();
process.send?.({ type: "ready", port: server.address.port });
process.on("disconnect", () => process.exit(0));
process.on("message", (msg: { type?: string }) => {
  if (msg?.type === "stats") {
    process.send?.({ type: "stats", cpu: process.cpuUsage(), memory: process.memoryUsage().rss, logged: 0, logCommits: 0, stores: 0 });
  }
});
