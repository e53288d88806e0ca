import { createServer, type IncomingMessage } from "node:http";
import * as nodeModule from "node:module";
import type { Duplex } from "node:stream";
import next from "next";

/**
 * One process, one port: Next (pages, API) and the collab WebSocket on /ws/collab, plus the
 * background worker (pg-boss jobs; RUN_WORKER=0 leaves it to `npm run worker`).
 * `npm run dev` / `npm start` run this (through scripts/lib/boot.ts, which prepares the database
 * first); production can instead run `next start`, `npm run collab` and `npm run worker` as
 * separate services.
 *
 * lib/server modules start with `import "server-only"`, which throws outside React's server
 * condition. Next compiles its own copies with that condition; the collab code loaded here is plain
 * Node, so the marker is resolved to an empty module for this process only (not the whole
 * process under --conditions=react-server, which would hand Next's own runtime the wrong React).
 */
const EMPTY_MODULE = "data:text/javascript,export {};";
if (typeof nodeModule.registerHooks === "function") {
  nodeModule.registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === "server-only") return { url: EMPTY_MODULE, shortCircuit: true };
      return nextResolve(specifier, context);
    },
  });
} else {
  // Node 22.12–22.14 (engines allows them) lack the synchronous hooks; the loader-thread API works.
  const hook = `export async function resolve(s, c, n) { return s === "server-only" ? { url: ${JSON.stringify(EMPTY_MODULE)}, shortCircuit: true } : n(s, c); }`;
  nodeModule.register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

const COLLAB_PATH = "/ws/collab";
const dev = process.env.NODE_ENV !== "production";
const port = Number(process.env.PORT ?? 3000);
// Unset: every interface, IPv4 and IPv6, like `next start` (so "localhost" works either way).
const bindHost = process.env.HOSTNAME_BIND || undefined;

const server = createServer();
const app = next({ dev, port, hostname: "localhost", httpServer: server });
await app.prepare();
const handle = app.getRequestHandler();

const { createCollabServer } = await import("@/lib/collab/create-collab-server");
const { warmUpCollabQueries } = await import("@/lib/server/collab/warm-up-collab-queries");
const { log } = await import("@/lib/log");
const { collabTimings, env, trustProxy } = await import("@/lib/env");
// The same timing settings as `npm run collab` (README lists them), so tests can shorten them here too.
const collab = await createCollabServer({ name: "web+collab", redisUrl: env().REDIS_URL, ...collabTimings() });
await warmUpCollabQueries();
const { servePublicFromCache } = await import("@/lib/server/publishing/public-fast-path");
const { securityHeaders } = await import("@/lib/server/http/security-headers");
const { startWorker } = await import("@/lib/jobs/start-worker");
const worker = env().RUN_WORKER === "0" ? null : await startWorker();

// Next would otherwise attach its own upgrade listener on the first request and see every upgrade,
// ours included; instead we route: /ws/collab to Hocuspocus, anything else (dev HMR) to Next.
type TUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => Promise<void> | void;
const internals = app as unknown as { didWebSocketSetup?: boolean; upgradeHandler?: TUpgrade };
let nextUpgrade: TUpgrade | undefined;
if ("didWebSocketSetup" in internals) {
  internals.didWebSocketSetup = true;
  nextUpgrade = internals.upgradeHandler;
}
server.on("upgrade", (req, socket, head) => {
  const pathname = (req.url ?? "/").split("?")[0];
  if (pathname === COLLAB_PATH) return collab.handleUpgrade(req, socket, head);
  if (nextUpgrade) return void nextUpgrade(req, socket, head);
  if (!("didWebSocketSetup" in internals)) return; // Next's own listener handles it
  socket.destroy();
});
// Rate limits key on the client IP (lib/server/http/request-ip.ts reads x-forwarded-for).
// Without a trusted proxy in front, a client-sent header must not count: use the socket address.
server.on("request", (req, res) => {
  if (!trustProxy()) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
  // A public page already rendered and unchanged is written from memory, before Next (its proxy
  // would add these same security headers; public pages carry no nonce).
  const https = trustProxy() && String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim() === "https";
  if (servePublicFromCache(req, res, (pathname) => securityHeaders({ nonce: "", pathname, host: null, https, dev, oauthOrigins: [] }))) return;
  void handle(req, res);
});
await new Promise<void>((resolve) => server.listen(port, bindHost, resolve));
log.info("web + collab server listening", { port, dev, collabPath: COLLAB_PATH, redis: Boolean(env().REDIS_URL) });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  const t0 = Date.now();
  // Collab first: it stores every open document before the database goes away.
  await collab.destroy().catch((err) => log.error("collab shutdown failed", { err }));
  const collabMs = Date.now() - t0;
  await worker?.stop().catch((err: unknown) => log.error("background worker shutdown failed", { err }));
  server.closeAllConnections();
  server.close();
  await Promise.race([app.close().catch(() => {}), new Promise((r) => setTimeout(r, 3_000))]);
  log.info("web + collab server stopped", { collabMs, totalMs: Date.now() - t0 });
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
