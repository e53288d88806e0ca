import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { PRIVATE_ADDRESS_MESSAGE, safeFetch, type TSafeFetchOptions } from "@/lib/server/fetch/safe-fetch";
import { startLocalServer, type TLocalServer } from "./local-server";

async function failure(url: string, opts: TSafeFetchOptions = {}): Promise<AppError> {
  const err = await safeFetch(url, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

let site: TLocalServer;
let other: TLocalServer;
let bytesStreamed = 0;

beforeAll(async () => {
  other = await startLocalServer((_req, res) => res.end("secret internal page"));
  site = await startLocalServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    switch (u.pathname) {
      case "/article":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end("<html><body><p>Caf\u00e9 \u201cquotes\u201d</p></body></html>");
      case "/to-internal":
        res.writeHead(302, { location: other.url("/") });
        return res.end();
      case "/to-metadata":
        res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" });
        return res.end();
      case "/to-port-22":
        res.writeHead(302, { location: "http://8.8.8.8:22/" });
        return res.end();
      case "/to-file":
        res.writeHead(302, { location: "file:///etc/passwd" });
        return res.end();
      case "/chain": {
        const n = Number(u.searchParams.get("n"));
        if (n <= 0) {
          res.writeHead(200, { "content-type": "text/plain" });
          return res.end("arrived");
        }
        res.writeHead(302, { location: `/chain?n=${n - 1}` });
        return res.end();
      }
      case "/loop":
        res.writeHead(302, { location: "/loop" });
        return res.end();
      case "/never":
        return; // accepts the request and never answers
      case "/slow-body":
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>start");
        return; // headers arrive, the body never finishes
      case "/huge": {
        // 20 MB, chunked (no Content-Length), so only a streaming cap can stop it.
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, "a");
        let sent = 0;
        const pump = () => {
          while (sent < 20 * 1024 * 1024) {
            sent += chunk.length;
            bytesStreamed = sent;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("error", () => {});
        return pump();
      }
      case "/declared-huge":
        res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
        return res.write("<p>");
      case "/bomb":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        return res.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, "a")));
      case "/gzip":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        return res.end(gzipSync("<p>compressed fine</p>"));
      case "/image":
        res.writeHead(200, { "content-type": "image/png" });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case "/missing":
        res.writeHead(404, { "content-type": "text/html" });
        return res.end("nope");
      default:
        res.writeHead(500);
        return res.end();
    }
  });
});

afterAll(async () => {
  await site.close();
  await other.close();
});

const allowSite = (): TSafeFetchOptions => ({ testLoopbackHosts: [site.host] });

describe("safeFetch refuses what it must", () => {
  it("refuses loopback without the test allowance", async () => {
    expect((await failure(site.url("/article"))).message).toBe(PRIVATE_ADDRESS_MESSAGE);
    expect((await failure(`http://[::1]:${site.port}/article`)).message).toBe(PRIVATE_ADDRESS_MESSAGE);
    expect((await failure(`http://[::ffff:127.0.0.1]:${site.port}/article`)).message).toBe(PRIVATE_ADDRESS_MESSAGE);
  });

  it("refuses a hostname that resolves to loopback", async () => {
    const err = await failure(`http://localhost:${site.port}/article`);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toBe(PRIVATE_ADDRESS_MESSAGE);
  });

  it.each([
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/",
    "http://10.1.2.3/",
    "http://172.16.0.1/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://[::]/",
    "http://224.0.0.1/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://2130706433/",
    "http://0x7f.1/",
  ])("refuses the private or special address %s", async (url) => {
    const err = await failure(url, { testLoopbackHosts: ["169.254.169.254:80", "10.1.2.3:80"] });
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toBe(PRIVATE_ADDRESS_MESSAGE);
  });

  it.each(["file:///etc/passwd", "ftp://example.com/file.txt", "data:text/html,<p>hi</p>", "javascript:alert(1)", "gopher://example.com/"])(
    "refuses the scheme of %s",
    async (url) => {
      const err = await failure(url);
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message).toMatch(/Only http:\/\/ and https:\/\/ addresses can be fetched/);
    },
  );

  it("refuses nonsense and addresses with credentials", async () => {
    expect((await failure("not a url")).message).toMatch(/not a valid web address/);
    expect((await failure("http://user:pw@example.com/")).message).toMatch(/user name or password/);
  });

  it("ignores the loopback allowance outside tests", async () => {
    const env = process.env as Record<string, string | undefined>;
    const before = env.NODE_ENV;
    env.NODE_ENV = "production";
    try {
      expect((await failure(site.url("/article"), allowSite())).message).toBe(PRIVATE_ADDRESS_MESSAGE);
    } finally {
      env.NODE_ENV = before;
    }
  });

  it("reads the allowance from FACTDESK_FETCH_TEST_LOOPBACK_HOSTS too, under NODE_ENV=test only", async () => {
    const env = process.env as Record<string, string | undefined>;
    env.FACTDESK_FETCH_TEST_LOOPBACK_HOSTS = `example.invalid:1, ${site.host}`;
    const before = env.NODE_ENV;
    try {
      expect((await safeFetch(site.url("/article"))).status).toBe(200);
      env.NODE_ENV = "development";
      expect((await failure(site.url("/article"))).message).toBe(PRIVATE_ADDRESS_MESSAGE);
    } finally {
      env.NODE_ENV = before;
      delete env.FACTDESK_FETCH_TEST_LOOPBACK_HOSTS;
    }
  });

  it("honours the list in the e2e server (E2E_FRESH_DB=1) outside NODE_ENV=test, and nowhere else", async () => {
    const env = process.env as Record<string, string | undefined>;
    env.FACTDESK_FETCH_TEST_LOOPBACK_HOSTS = site.host;
    const before = env.NODE_ENV;
    try {
      env.NODE_ENV = "production";
      expect((await failure(site.url("/article"))).message).toBe(PRIVATE_ADDRESS_MESSAGE);
      env.E2E_FRESH_DB = "1";
      expect((await safeFetch(site.url("/article"))).status).toBe(200);
      env.E2E_FRESH_DB = "0";
      expect((await failure(site.url("/article"))).message).toBe(PRIVATE_ADDRESS_MESSAGE);
    } finally {
      env.NODE_ENV = before;
      delete env.E2E_FRESH_DB;
      delete env.FACTDESK_FETCH_TEST_LOOPBACK_HOSTS;
    }
  });

  it("refuses ports other than the usual web ports, before connecting, on the first hop and after a redirect", async () => {
    for (const url of ["http://8.8.8.8:22/", "https://8.8.8.8:6379/", "http://8.8.8.8:25/"]) {
      const err = await failure(url);
      expect(err).toMatchObject({ code: "BAD_REQUEST", failure: "INVALID_URL" });
      expect(err.message).toMatch(/usual web ports .* this one uses port (22|6379|25)\./);
    }
    const err = await failure(site.url("/to-port-22"), allowSite());
    expect(err.message).toMatch(/this one uses port 22\./);
  });

  it("only allows the exact host:port listed", async () => {
    expect((await failure(other.url("/"), allowSite())).message).toBe(PRIVATE_ADDRESS_MESSAGE);
  });
});

describe("safeFetch on an allowed local server", () => {
  it("fetches a page, keeping its bytes and reporting type and charset", async () => {
    const res = await safeFetch(site.url("/article"), { ...allowSite(), allowedContentTypes: ["text/html"] });
    expect(res.status).toBe(200);
    expect(res.mediaType).toBe("text/html");
    expect(res.charset).toBe("utf-8");
    expect(res.body.toString("utf8")).toContain("Caf\u00e9 \u201cquotes\u201d");
  });

  it("decompresses gzip", async () => {
    const res = await safeFetch(site.url("/gzip"), allowSite());
    expect(res.body.toString()).toBe("<p>compressed fine</p>");
  });

  it("re-checks every redirect hop: a redirect to another private address is refused", async () => {
    expect((await failure(site.url("/to-internal"), allowSite())).message).toBe(PRIVATE_ADDRESS_MESSAGE);
    expect((await failure(site.url("/to-metadata"), allowSite())).message).toBe(PRIVATE_ADDRESS_MESSAGE);
    expect((await failure(site.url("/to-file"), allowSite())).message).toMatch(/Only http:\/\/ and https:\/\//);
  });

  it("follows up to 5 redirects and refuses the 6th", async () => {
    const ok = await safeFetch(site.url("/chain?n=5"), allowSite());
    expect(ok.body.toString()).toBe("arrived");
    expect(ok.redirects).toHaveLength(5);
    expect(ok.url).toBe(site.url("/chain?n=0"));
    expect((await failure(site.url("/chain?n=6"), allowSite())).message).toBe("The address redirected more than 5 times.");
    expect((await failure(site.url("/loop"), { ...allowSite(), maxRedirects: 2 })).message).toBe("The address redirected more than 2 times.");
  });

  it("gives up on a server that never answers", async () => {
    const started = Date.now();
    const err = await failure(site.url("/never"), { ...allowSite(), timeoutMs: 400 });
    expect(err.message).toBe("The page took longer than 0.4 s to respond.");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("gives up on a body that never finishes", async () => {
    const err = await failure(site.url("/slow-body"), { ...allowSite(), timeoutMs: 400 });
    expect(err.message).toBe("The page took longer than 0.4 s to respond.");
  });

  it("aborts a 20 MB stream at the 5 MB cap without reading it all", async () => {
    const err = await failure(site.url("/huge"), allowSite());
    expect(err.code).toBe("PAYLOAD_TOO_LARGE");
    expect(err.message).toBe("The page is larger than 5 MB.");
    await new Promise((r) => setTimeout(r, 100));
    expect(bytesStreamed).toBeLessThan(20 * 1024 * 1024);
  });

  it("refuses a declared oversize body at once, and a gzip bomb by its decoded size", async () => {
    expect((await failure(site.url("/declared-huge"), allowSite())).code).toBe("PAYLOAD_TOO_LARGE");
    expect((await failure(site.url("/bomb"), allowSite())).message).toBe("The page is larger than 5 MB.");
  });

  it("refuses a content type the caller does not accept", async () => {
    const err = await failure(site.url("/image"), { ...allowSite(), allowedContentTypes: ["text/html", "text/plain"] });
    expect(err.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(err.message).toMatch(/image\/png/);
  });

  it("reports HTTP errors and unreachable servers clearly", async () => {
    expect((await failure(site.url("/missing"), allowSite())).message).toBe("The address answered with HTTP 404 Not Found.");
    const closed = await startLocalServer(() => {});
    const host = closed.host;
    await closed.close();
    expect((await failure(`http://${host}/`, { testLoopbackHosts: [host] })).message).toMatch(/refused the connection/);
    expect((await failure("http://no-such-host.invalid/")).message).toMatch(/Could not find the server for no-such-host.invalid/);
  });
});
