import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/server/claims/create-claim";
import { requestSnapshot } from "@/lib/server/snapshots/request-snapshot";
import { rangeOf, seedDoc } from "../claims/helpers";
import { actorOf, type TWorld } from "../workspaces/fixtures";

export { actorOf, codeOf, workspaceWithEveryRole, type TWorld } from "../workspaces/fixtures";

type THandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * A local web site on port 0 whose pages a test sets (and changes) as it goes; every request is
 * counted per path. Its host:port joins the fetcher's test loopback allowance (honoured under
 * NODE_ENV=test only), so the capture job may reach it as it would a public site.
 */
export async function testSite() {
  const routes = new Map<string, THandler>();
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
      return;
    }
    void Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const hostPort = `127.0.0.1:${port}`;
  const allowed = (process.env.FACTDESK_FETCH_TEST_LOOPBACK_HOSTS ?? "").split(",").filter(Boolean);
  process.env.FACTDESK_FETCH_TEST_LOOPBACK_HOSTS = [...allowed, hostPort].join(",");
  return {
    hostPort,
    url: (path: string) => `http://${hostPort}${path}`,
    hits: (path: string) => hits.get(path) ?? 0,
    route(path: string, handler: THandler) {
      routes.set(path, handler);
    },
    page(path: string, body: string, type = "text/html; charset=utf-8", status = 200) {
      routes.set(path, (_req, res) => void res.writeHead(status, { "content-type": type }).end(body));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type TTestSite = Awaited<ReturnType<typeof testSite>>;

export function article(title: string, paragraphs: string[], head = "") {
  return `<!doctype html><html><head><title>${title}</title>${head}</head><body><nav>Home · News · Sport</nav><article><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join("")}</article><footer>© Test site</footer></body></html>`;
}

/** A URL source with a PENDING snapshot, written the way createSource does (its job is not sent); a test may cite one URL in several sources. */
export async function urlSource(w: TWorld, url: string, fields: { title?: string; publisher?: string } = {}) {
  return db.$transaction(async (tx) => {
    const source = await tx.source.create({
      data: { workspaceId: w.ws.id, url, normalizedUrl: `${url}#${randomUUID()}`, title: fields.title ?? new URL(url).host + new URL(url).pathname, publisher: fields.publisher ?? null, createdById: w.editor.id },
    });
    const snapshot = await requestSnapshot(tx, { workspaceId: w.ws.id, sourceId: source.id, url, requestedById: w.editor.id });
    return { source, snapshotId: snapshot.id };
  });
}

/** Another PENDING capture of a source (a re-fetch, without the route). */
export function pendingSnapshot(w: TWorld, sourceId: string, url: string) {
  return db.$transaction((tx) => requestSnapshot(tx, { workspaceId: w.ws.id, sourceId, url, requestedById: w.editor.id }));
}

/** Evidence citing a source with an excerpt, on a fresh claim (rows written directly). */
export async function evidenceWith(w: TWorld, sourceId: string, excerpt: string, excerptFound: boolean | null = null) {
  const doc = await seedDoc(w);
  const claim = await createClaim({ ...(await rangeOf(doc.id, "unemployment is at a record low")), documentId: doc.id, workspaceSlug: w.slug, actor: actorOf(w.editor) });
  return db.evidence.create({ data: { workspaceId: w.ws.id, claimId: claim.id, sourceId, stance: "SUPPORTS", excerpt, excerptFound, createdById: w.editor.id } });
}

export const snapshotRow = (id: string) => db.sourceSnapshot.findUniqueOrThrow({ where: { id } });
