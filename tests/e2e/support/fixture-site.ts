import http from "node:http";

/**
 * Web pages the e2e tests cite as sources, served on E2E_PORT + 1 for the whole run (Playwright's
 * global setup starts it once, so parallel workers share it). The e2e server may fetch from this
 * port only: playwright.config.ts lists it in FACTDESK_FETCH_TEST_LOOPBACK_HOSTS. The prose is the
 * project's own.
 */

export const fixturePort = () => Number(process.env.E2E_PORT ?? 3210) + 1;
export const fixtureUrl = (path: string) => `http://127.0.0.1:${fixturePort()}${path}`;

type TPage = { title: string; publisher: string; published: string; author: string; paragraphs: string[] };

export const FIXTURE_PAGES: Record<string, TPage> = {
  "/articles/harbour-audit": {
    title: "Harbour audit finds containers counted twice",
    publisher: "Port Ledger",
    published: "2026-11-02",
    author: "Dana Okafor",
    paragraphs: [
      "An internal audit of the harbour office, released on Friday, looked at every inspection record filed last year.",
      "The auditors found that 2,100 containers were inspected, and that moves between berths had been logged as new inspections.",
      "The harbour office said it would correct its annual report.",
    ],
  },
  "/records/inspection-statistics": {
    title: "Annual inspection statistics",
    publisher: "Harbour Office",
    published: "2026-01-15",
    author: "Statistics Unit",
    paragraphs: [
      "Table 4 lists the inspection entries recorded in the year, by berth and by month.",
      "In total the register holds 4,200 inspection entries for the year.",
    ],
  },
};

function render(p: TPage): string {
  const body = p.paragraphs.map((t) => `<p>${t}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${p.title} | ${p.publisher}</title>
<meta property="og:title" content="${p.title}"><meta property="og:site_name" content="${p.publisher}">
<meta name="author" content="${p.author}"><meta property="article:published_time" content="${p.published}T08:00:00Z">
<script>document.title = "scripts never run in an archive";</script></head>
<body><nav><a href="/">Home</a> · <a href="/about">About</a></nav>
<article><h1>${p.title}</h1><p class="byline">By ${p.author}</p>${body}</article>
<footer>© ${p.publisher}</footer></body></html>`;
}

export function startFixtureSite(): Promise<() => Promise<void>> {
  const server = http.createServer((req, res) => {
    const page = FIXTURE_PAGES[(req.url ?? "/").split("?")[0]!];
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(render(page));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(fixturePort(), "127.0.0.1", () => resolve(() => new Promise<void>((done) => server.close(() => done()))));
  });
}
