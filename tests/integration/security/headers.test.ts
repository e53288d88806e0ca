import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authConfig } from "@/lib/server/auth/auth-config";
import { dropUncheckedForwardedHeaders, guardForwardedHeaders, requestIp } from "@/lib/server/http/request-ip";
import { contentSecurityPolicy, cspHost, type TSecurityContext } from "@/lib/server/http/security-headers";
import { proxy } from "@/proxy";

/**
 * proxy.ts gives every response its security headers, and the forwarding-header guard makes the
 * client IP the socket's unless TRUST_PROXY=1. Over the wire, on the custom server and on Next's
 * standalone server, tests/e2e/security-headers.spec.ts checks the same.
 */

// As instrumentation.ts does in every Next server process (TRUST_PROXY unset in tests).
guardForwardedHeaders({ trustProxy: false });

/** A real Node HTTP server: the guard hooks into Node's own request channel, as it does under Next. */
async function listen(handler: (req: IncomingMessage) => Promise<Response> | Response): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    void (async () => {
      const out = await handler(req);
      res.writeHead(out.status, Object.fromEntries(out.headers));
      res.end(Buffer.from(await out.arrayBuffer()));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function webHeaders(req: IncomingMessage): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(", ") : v);
  return h;
}

/** Runs proxy.ts on a request that went through the guard (as under Next) and returns its response. */
async function throughProxy(path: string, headers: Record<string, string> = {}) {
  let response!: Response;
  const { server, url } = await listen((req) => {
    response = proxy(new NextRequest(new URL(path, "http://localhost:3000"), { headers: webHeaders(req) }));
    return new Response(null, { status: 204 });
  });
  try {
    await fetch(`${url}${path}`, { headers });
  } finally {
    server.close();
  }
  return response;
}

const nonceOf = (csp: string | null) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];
const directive = (csp: string | null, name: string) =>
  (csp ?? "").split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `))?.slice(name.length + 1);

describe("security headers (proxy.ts)", () => {
  it("sends a CSP with a fresh script nonce, no framing, nosniff and a referrer policy on every response", async () => {
    const [a, b] = [await throughProxy("/dashboard"), await throughProxy("/api/me")];
    for (const res of [a, b]) {
      const csp = res.headers.get("content-security-policy");
      expect(directive(csp, "script-src")).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'$/);
      expect(directive(csp, "frame-ancestors")).toBe("'none'");
      expect(directive(csp, "object-src")).toBe("'none'");
      expect(directive(csp, "base-uri")).toBe("'none'");
      expect(directive(csp, "form-action")).toBe("'self'");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      // Plain http, no trusted proxy: no HSTS, no upgrade.
      expect(res.headers.get("strict-transport-security")).toBeNull();
      expect(csp).not.toContain("upgrade-insecure-requests");
    }
    expect(nonceOf(a.headers.get("content-security-policy"))).not.toBe(nonceOf(b.headers.get("content-security-policy")));
  });

  it("hands Next the same CSP on the request, which is where Next finds the nonce for its scripts", async () => {
    const res = await throughProxy("/dashboard");
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(res.headers.get("content-security-policy"));
  });

  it("lets the page reach the collab WebSocket on its own host, and nothing a Host header could smuggle in", async () => {
    const res = await throughProxy("/dashboard");
    const connect = directive(res.headers.get("content-security-policy"), "connect-src")!.split(" ");
    expect(connect).toEqual(expect.arrayContaining(["'self'", expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+$/), expect.stringMatching(/^wss:\/\/127\.0\.0\.1:\d+$/)]));
    expect(cspHost("evil.example; script-src *")).toBeNull();
    expect(cspHost("factdesk.example.org:8443")).toBe("factdesk.example.org:8443");
  });

  it("adds COLLAB_PUBLIC_URL's origin when collab runs as its own service, and eval only in development", () => {
    const ctx: TSecurityContext = { nonce: "abc", pathname: "/", host: "app.example", https: true, dev: false, collabUrl: "wss://collab.example:1234/x", oauthOrigins: ["https://github.com"] };
    const csp = contentSecurityPolicy(ctx);
    expect(directive(csp, "connect-src")).toBe("'self' ws://app.example wss://app.example wss://collab.example:1234");
    expect(directive(csp, "form-action")).toBe("'self' https://github.com");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(directive(csp, "script-src")).not.toContain("unsafe-eval");
    expect(directive(contentSecurityPolicy({ ...ctx, dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("sends HSTS only when the connection is https, which a client alone cannot claim", async () => {
    // Without TRUST_PROXY the guard replaces a client's X-Forwarded-Proto with the socket's scheme.
    const forged = await throughProxy("/dashboard", { "x-forwarded-proto": "https" });
    expect(forged.headers.get("strict-transport-security")).toBeNull();

    const headers = new Headers({ host: "factdesk.example", "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.7" });
    const behindTrustedProxy = new Headers(headers);
    expect(dropUncheckedForwardedHeaders(behindTrustedProxy, { trustProxy: true }).checked).toBe(true);
    expect(behindTrustedProxy.get("x-forwarded-proto")).toBe("https");
  });
});

describe("client IP (TRUST_PROXY rule wherever the app runs)", () => {
  let server: Server;
  let url: string;
  let seen: Headers;
  beforeAll(async () => {
    ({ server, url } = await listen((req) => {
      seen = webHeaders(req);
      return new Response(null, { status: 204 });
    }));
  });
  afterAll(() => server.close());

  it("keys a request with a forged X-Forwarded-For on the socket address", async () => {
    await fetch(url, { headers: { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10", "x-forwarded-host": "evil.example", forwarded: "for=203.0.113.11" } });
    expect(requestIp(seen)).toBe("127.0.0.1");
    expect(seen.get("x-forwarded-for")).toBe("127.0.0.1");
    expect(seen.get("x-forwarded-proto")).toBe("http");
    for (const h of ["x-real-ip", "x-forwarded-host", "forwarded"]) expect(seen.get(h)).toBeNull();
  });

  it("drops forwarding headers the guard never saw (a request that beat instrumentation at start-up)", () => {
    const early = new Headers({ "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https", "x-factdesk-forwarded-checked": "guess" });
    expect(dropUncheckedForwardedHeaders(early, { trustProxy: false }).checked).toBe(false);
    expect(requestIp(early)).toBe("unknown");
    expect(early.get("x-forwarded-proto")).toBeNull();
    expect(early.get("x-factdesk-forwarded-checked")).toBeNull();
  });

  it("behind a trusted proxy, takes the address that proxy saw (the rightmost hop), not what the client prepended", () => {
    expect(requestIp(new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" }))).toBe("198.51.100.7");
  });

  it("Auth.js credential sign-in counts a failed attempt against the real address, whatever X-Forwarded-For says", async () => {
    const email = `forged-${randomUUID()}@test.example`;
    const config = { ...authConfig(), secret: process.env.AUTH_SECRET, basePath: "/api/auth", raw, skipCSRFCheck } as Parameters<typeof Auth>[1];
    const { server: authServer, url: authUrl } = await listen(async (req) => {
      const body = await new Promise<string>((resolve) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      });
      const request = new Request(`http://localhost${req.url}`, { method: req.method, headers: webHeaders(req), body });
      await Auth(request, config).catch(() => undefined); // wrong password: Auth.js throws CredentialsSignin in raw mode
      return new Response(null, { status: 204 });
    });
    try {
      await fetch(`${authUrl}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.99" },
        body: new URLSearchParams({ email, password: "not-the-password", callbackUrl: "/dashboard" }),
      });
    } finally {
      authServer.close();
    }
    const attempts = await db.loginAttempt.findMany({ where: { email }, select: { ip: true, success: true } });
    expect(attempts).toEqual([{ ip: "127.0.0.1", success: false }]);
  });
});
