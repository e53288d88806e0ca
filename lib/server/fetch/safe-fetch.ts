import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import zlib from "node:zlib";
import { envVar, isTest } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isLoopbackAddress, isPublicAddress } from "./is-public-address";

export type TSafeFetchOptions = {
  /** Media types the caller can use (e.g. ["text/html", "text/plain"]); anything else is a 415. Omit to accept any. */
  allowedContentTypes?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  accept?: string;
  /**
   * Exact `host:port` pairs (e.g. "127.0.0.1:43123") that may resolve to loopback. Honoured only
   * when NODE_ENV is "test", and only for loopback: tests serve fixtures from a local server, and
   * each hop (redirects too) is still checked against this list. Production never passes it.
   * A test server process can set the same list in FACTDESK_FETCH_TEST_LOOPBACK_HOSTS (comma-separated),
   * read under the same NODE_ENV=test condition.
   */
  testLoopbackHosts?: readonly string[];
};

export type TSafeFetchResult = {
  /** The final URL after redirects. */
  url: string;
  status: number;
  /** Lower-cased media type without parameters, e.g. "text/html". */
  mediaType: string;
  charset: string | null;
  body: Buffer;
  redirects: string[];
};

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = "FactdeskFetcher/1.0 (+https://github.com/factdesk)";

export const PRIVATE_ADDRESS_MESSAGE = "This address points to a private network and cannot be fetched.";

/** Why a fetch was refused, for callers that record it (the snapshot job) rather than show the message. */
export type TSafeFetchFailure =
  | "INVALID_URL"
  | "PRIVATE_ADDRESS"
  | "DNS"
  | "HTTP_STATUS"
  | "UNSUPPORTED_TYPE"
  | "TOO_LARGE"
  | "TIMEOUT"
  | "TOO_MANY_REDIRECTS"
  | "NETWORK";

/** The fetcher's refusals: an AppError like any other, plus the reason and the HTTP status if one came back. */
export class SafeFetchError extends AppError {
  readonly failure: TSafeFetchFailure;
  readonly httpStatus: number | null;

  constructor(failure: TSafeFetchFailure, code: ConstructorParameters<typeof AppError>[0], message: string, opts: { httpStatus?: number; cause?: unknown } = {}) {
    super(code, message, { cause: opts.cause });
    this.failure = failure;
    this.httpStatus = opts.httpStatus ?? null;
  }
}

function formatBytes(n: number) {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SafeFetchError("INVALID_URL", "BAD_REQUEST", "That is not a valid web address. Include http:// or https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new SafeFetchError("INVALID_URL", "BAD_REQUEST", `Only http:// and https:// addresses can be fetched, not ${url.protocol}//.`);
  }
  if (url.username || url.password) throw new SafeFetchError("INVALID_URL", "BAD_REQUEST", "Addresses with a user name or password cannot be fetched.");
  return url;
}

/**
 * The loopback allowance applies to test runs only: NODE_ENV=test (unit/integration), or the e2e
 * server (E2E_FRESH_DB=1, which wipes its database at every start, so no deployment sets it), whose
 * browser tests archive pages from a fixture server on localhost.
 */
function underTest(): boolean {
  return isTest() || envVar("E2E_FRESH_DB") === "1";
}

function testLoopbackAllowed(url: URL, opts: TSafeFetchOptions): boolean {
  if (!underTest()) return false;
  const fromEnv = (envVar("FACTDESK_FETCH_TEST_LOOPBACK_HOSTS") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  const hosts = [...(opts.testLoopbackHosts ?? []), ...fromEnv];
  if (hosts.length === 0) return false;
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return hosts.includes(`${url.hostname}:${port}`);
}

/**
 * Ports a published page is served on. Anything else (22, 25, 6379…) would let an address make
 * this server knock on other services of a public host, a port scan run from our IP.
 */
const WEB_PORTS = new Set(["", "80", "443", "8000", "8008", "8080", "8443", "8888"]);

/** Resolves the host and vets every address it resolves to, and the port; returns the address to connect to. */
async function vetHost(url: URL, opts: TSafeFetchOptions): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await dnsLookup(host, { all: true, verbatim: true });
    } catch {
      throw new SafeFetchError("DNS", "BAD_REQUEST", `Could not find the server for ${host}. Check the address.`);
    }
    if (addresses.length === 0) throw new SafeFetchError("DNS", "BAD_REQUEST", `Could not find the server for ${host}. Check the address.`);
  }
  const loopbackOk = testLoopbackAllowed(url, opts);
  // Every address must pass, not just the first: a host that mixes public and private answers is refused.
  for (const a of addresses) {
    if (isPublicAddress(a.address)) continue;
    if (loopbackOk && isLoopbackAddress(a.address)) continue;
    throw new SafeFetchError("PRIVATE_ADDRESS", "BAD_REQUEST", PRIVATE_ADDRESS_MESSAGE);
  }
  if (!WEB_PORTS.has(url.port) && !loopbackOk) {
    throw new SafeFetchError("INVALID_URL", "BAD_REQUEST", `Only addresses on the usual web ports (80, 443, 8000, 8080, 8443…) can be fetched; this one uses port ${url.port}.`);
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

function mediaTypeOf(header: string | undefined): { mediaType: string; charset: string | null } {
  const [type = "", ...params] = (header ?? "").split(";");
  const charsetParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith("charset="));
  const charset = charsetParam ? charsetParam.slice(8).trim().replace(/^"|"$/g, "").toLowerCase() : null;
  return { mediaType: type.trim().toLowerCase(), charset };
}

type THop = { kind: "redirect"; location: string } | { kind: "done"; result: Omit<TSafeFetchResult, "url" | "redirects"> };

function requestOnce(url: URL, pinned: { address: string; family: 4 | 6 }, opts: Required<Pick<TSafeFetchOptions, "maxBytes">> & TSafeFetchOptions, signal: AbortSignal): Promise<THop> {
  // The socket connects to the address we vetted, whatever DNS says by now (no rebinding between check and connect).
  const lookup: LookupFunction = (_hostname, options, cb) => {
    if (options?.all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    else cb(null, pinned.address, pinned.family);
  };
  const mod = url.protocol === "https:" ? https : http;
  return new Promise<THop>((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: "GET",
        lookup,
        signal,
        headers: {
          "user-agent": USER_AGENT,
          accept: opts.accept ?? "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ kind: "redirect", location: res.headers.location });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          reject(new SafeFetchError("HTTP_STATUS", "BAD_REQUEST", `The address answered with HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}.`, { httpStatus: status }));
          return;
        }
        const { mediaType, charset } = mediaTypeOf(res.headers["content-type"]);
        if (opts.allowedContentTypes && !opts.allowedContentTypes.includes(mediaType)) {
          res.destroy();
          reject(
            new SafeFetchError(
              "UNSUPPORTED_TYPE",
              "UNSUPPORTED_MEDIA_TYPE",
              `The address serves ${mediaType || "an unknown type of content"}, which can't be used here (expected ${opts.allowedContentTypes.join(" or ")}).`,
            ),
          );
          return;
        }
        const tooLarge = () => new SafeFetchError("TOO_LARGE", "PAYLOAD_TOO_LARGE", `The page is larger than ${formatBytes(opts.maxBytes)}.`);
        const declared = Number(res.headers["content-length"]);
        if (Number.isFinite(declared) && declared > opts.maxBytes) {
          res.destroy();
          reject(tooLarge());
          return;
        }
        // The cap counts decoded bytes, so a small compressed bomb cannot blow past it.
        const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase().trim();
        const decoder =
          encoding === "gzip" || encoding === "x-gzip" ? zlib.createGunzip() : encoding === "deflate" ? zlib.createInflate() : encoding === "br" ? zlib.createBrotliDecompress() : null;
        const stream = decoder ? res.pipe(decoder) : res;
        const chunks: Buffer[] = [];
        let size = 0;
        let failed = false;
        const fail = (e: unknown) => {
          if (failed) return;
          failed = true;
          res.destroy();
          decoder?.destroy();
          reject(e);
        };
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) return fail(tooLarge());
          chunks.push(chunk);
        });
        stream.on("end", () => {
          if (!failed) resolve({ kind: "done", result: { status, mediaType, charset, body: Buffer.concat(chunks) } });
        });
        stream.on("error", (e) => fail(signal.aborted ? signal.reason : new SafeFetchError("NETWORK", "BAD_REQUEST", "The page could not be read completely.", { cause: e })));
        res.on("error", (e) => fail(signal.aborted ? signal.reason : new SafeFetchError("NETWORK", "BAD_REQUEST", "The connection broke while reading the page.", { cause: e })));
      },
    );
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (signal.aborted) return reject(signal.reason);
      const why =
        e.code === "ECONNREFUSED"
          ? "The server refused the connection."
          : e.code === "ECONNRESET"
            ? "The server closed the connection."
            : e.code?.startsWith("ERR_TLS") || e.code?.includes("CERT")
              ? "The server's security certificate could not be verified."
              : "The server could not be reached.";
      reject(new SafeFetchError("NETWORK", "BAD_REQUEST", `${why} (${url.host})`, { cause: e }));
    });
    req.end();
  });
}

/**
 * Fetches a user-supplied URL without letting it reach our own network: http(s) only, every
 * hop's DNS answers vetted and the connection pinned to the vetted address, redirects followed
 * by hand (each re-checked), one deadline for the whole exchange, and a size cap enforced while
 * streaming. Every refusal is an AppError with a message a user can act on.
 */
export async function safeFetch(rawUrl: string, opts: TSafeFetchOptions = {}): Promise<TSafeFetchResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const seconds = Math.round(timeoutMs / 100) / 10;
  const timer = setTimeout(
    () => controller.abort(new SafeFetchError("TIMEOUT", "BAD_REQUEST", `The page took longer than ${seconds} s to respond.`)),
    timeoutMs,
  );
  const redirects: string[] = [];
  try {
    let url = parseUrl(rawUrl);
    for (let hop = 0; ; hop++) {
      const pinned = await Promise.race([
        vetHost(url, opts),
        new Promise<never>((_, reject) => controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true })),
      ]);
      const res = await requestOnce(url, pinned, { ...opts, maxBytes }, controller.signal);
      if (res.kind === "done") return { url: url.toString(), redirects, ...res.result };
      if (hop >= maxRedirects) throw new SafeFetchError("TOO_MANY_REDIRECTS", "BAD_REQUEST", `The address redirected more than ${maxRedirects} times.`);
      let next: URL;
      try {
        next = new URL(res.location, url);
      } catch {
        throw new SafeFetchError("INVALID_URL", "BAD_REQUEST", "The address redirected to an invalid location.");
      }
      url = parseUrl(next.toString());
      redirects.push(url.toString());
    }
  } catch (e) {
    if (controller.signal.aborted && !(e instanceof AppError)) throw controller.signal.reason;
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
