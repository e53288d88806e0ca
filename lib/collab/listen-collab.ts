import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { warmUpCollabQueries } from "@/lib/server/collab/warm-up-collab-queries";
import { createCollabServer, type TCollabServer, type TCollabServerOptions } from "./create-collab-server";

/**
 * The collab server on its own port (production's `collab` service, tests, benchmarks): every
 * WebSocket upgrade on any path is a collab connection; plain HTTP answers a health check.
 */
export async function listenCollab(opts: { port: number; host?: string } & TCollabServerOptions): Promise<{
  collab: TCollabServer;
  server: Server;
  port: number;
  close: () => Promise<void>;
}> {
  const collab = await createCollabServer(opts);
  await warmUpCollabQueries();
  const server = createServer((req, res) => {
    const ok = req.url === "/health" || req.url === "/";
    res.writeHead(ok ? 200 : 404, { "Content-Type": "application/json" });
    res.end(JSON.stringify(ok ? { status: "ok", ...collab.stats() } : { error: "not found" }));
  });
  server.on("upgrade", (req, socket, head) => collab.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "0.0.0.0", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    collab,
    server,
    port,
    close: async () => {
      await collab.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
