import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, type APIResponse, type Browser, expect, test } from "@playwright/test";
import pg from "pg";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { freePort } from "@/scripts/lib/database";
import { startTestServer } from "../setup/test-server";
import { newUser, signIn, type TNewUser } from "./support/auth";

/**
 * Security headers (proxy.ts) over the wire, on both ways the app is served: the custom server
 * (`npm start`, Playwright's web server) and Next's standalone server, which the Docker image runs.
 * And the app still works under the CSP in Chromium, with no violation reported.
 */

const FORGED_IP = "203.0.113.77";

// One worker for the file: the standalone server and its PostgreSQL starting beside the editor
// test on a 2-core machine slowed the editor's first open past its 10 s wait.
test.describe.configure({ mode: "serial" });

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, `${what}: CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
  expect(csp, `${what}: framing`).toContain("frame-ancestors 'none'");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  // Plain http and no trusted proxy: a client's X-Forwarded-Proto does not earn HSTS.
  expect(h["strict-transport-security"], what).toBeUndefined();
}

/** A page, an API answer, an API error, a 404 and a static asset. */
async function checkEveryKindOfResponse(request: APIRequestContext, baseURL: string) {
  const page = await request.get(`${baseURL}/signin`, { headers: { "x-forwarded-proto": "https" } });
  expect(page.status()).toBe(200);
  expectSecurityHeaders(page, "page");
  // Next put this response's nonce on its scripts.
  const nonce = /'nonce-([^']+)'/.exec(page.headers()["content-security-policy"]!)![1];
  const html = await page.text();
  expect(html).toContain(`nonce="${nonce}"`);

  const health = await request.get(`${baseURL}/api/health`);
  expect(health.status()).toBe(200);
  expectSecurityHeaders(health, "API");
  const unauthenticated = await request.get(`${baseURL}/api/me`);
  expect(unauthenticated.status()).toBe(401);
  expectSecurityHeaders(unauthenticated, "API error");
  const missing = await request.get(`${baseURL}/no-such-page-${randomBytes(4).toString("hex")}`);
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, "404");

  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset, "a script of the sign-in page").toBeTruthy();
  const staticRes = await request.get(`${baseURL}${asset}`);
  expect(staticRes.status()).toBe(200);
  expectSecurityHeaders(staticRes, "static asset");
}

async function signUp(request: APIRequestContext, baseURL: string, user: TNewUser) {
  const res = await request.post(`${baseURL}/api/signup`, { data: { email: user.email, name: user.name, password: user.password } });
  expect(res.status(), await res.text()).toBe(201);
}

/** Signs in through the form with a forged X-Forwarded-For and reads the address the session was recorded under. */
async function sessionIpAfterForgedSignIn(browser: Browser, baseURL: string, user: TNewUser): Promise<string> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": FORGED_IP, "x-real-ip": FORGED_IP } });
  try {
    const page = await context.newPage();
    await signIn(page, user);
    await page.goto("/settings/account");
    const current = page.getByText(/· Active now$/);
    await expect(current).toBeVisible();
    const text = (await current.textContent()) ?? "";
    return text.split(" · ")[0]!;
  } finally {
    await context.close();
  }
}

const LOOPBACK = /^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/;

test.describe("app server (npm start)", () => {
  test("a page, the API, a 404 and a static asset all carry the security headers", async ({ request, baseURL }) => {
    await checkEveryKindOfResponse(request, baseURL!);
  });

  test("a forged X-Forwarded-For is not the address a sign-in is recorded under", async ({ browser, request, baseURL }) => {
    const user = newUser("forged");
    await signUp(request, baseURL!, user);
    const ip = await sessionIpAfterForgedSignIn(browser, baseURL!, user);
    expect(ip).toMatch(LOOPBACK);
  });

  test("the collaborative editor works under the CSP and nothing is reported blocked", async ({ page, request, baseURL }, testInfo) => {
    const violations: string[] = [];
    await page.exposeFunction("reportCspViolation", (v: string) => violations.push(v));
    await page.addInitScript(() => {
      window.addEventListener(
        "securitypolicyviolation",
        (e) => (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
        true,
      );
    });
    page.on("console", (m) => {
      if (/content security policy|refused to/i.test(m.text())) violations.push(`console: ${m.text()}`);
    });

    const user = newUser("csp");
    await signUp(request, baseURL!, user);
    await signIn(page, user);
    const created = await page.request.post("/api/workspaces", { data: { name: `CSP ${user.name}` } });
    expect(created.status(), await created.text()).toBe(201);
    const { workspace } = (await created.json()) as { workspace: { slug: string } };
    const imported = await page.request.post(`/api/w/${workspace.slug}/documents`, {
      data: { kind: "text", content: "Harbour audit under a strict policy\n\nThe office said 4,200 containers were inspected last year." },
    });
    expect(imported.status(), await imported.text()).toBe(201);
    const { document: doc } = (await imported.json()) as { document: { id: string } };

    await page.goto(`/w/${workspace.slug}/documents/${doc.id}`);
    const editor = page.locator("#document-editor");
    await expect(editor).toHaveAttribute("contenteditable", "true");
    await expect(page.getByTestId("sync-status")).toHaveText("Saved");
    // An edit travels over the collab WebSocket (connect-src) and is acknowledged.
    await editor.locator("p").first().click();
    await page.keyboard.press("End");
    await page.keyboard.type(" Checked under CSP.");
    await expect(editor).toContainText("Checked under CSP.");
    await expect(page.getByTestId("sync-status")).toHaveText("Saved");
    await page.screenshot({ path: testInfo.outputPath("editor-under-csp.png") });
    expect(violations).toEqual([]);

    // The listener hears a real violation: the classic injected handler (no nonce can cover it) is blocked.
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img src="/no-such-image.png" onerror="window.__injected = true">`));
    // Heard twice, as the event and as Chromium's console message.
    await expect.poll(() => violations.length).toBe(2);
    expect(violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-attr blocked inline/), expect.stringMatching(/^console: .*inline event handler/)]));
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });
});

/**
 * Next's standalone server (.next/standalone/server.js, the Docker image's entry) on a database of
 * its own: no custom server in front to rewrite X-Forwarded-For, so this is where a forged one
 * used to be believed.
 */
test.describe("standalone server (Docker image)", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  let server: ChildProcess | undefined;
  let baseURL = "";
  let dropDatabase = async () => {};
  let stopPostgres = async () => {};
  let output = "";

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const standalone = path.resolve(".next/standalone");
    expect(existsSync(path.join(standalone, "server.js")), "a standalone build (next build)").toBe(true);
    // As the Dockerfile does: the standalone output does not include the static files.
    if (!existsSync(path.join(standalone, ".next/static"))) cpSync(".next/static", path.join(standalone, ".next/static"), { recursive: true });

    const postgres = await startTestServer();
    stopPostgres = () => postgres.stop();
    const name = `factdesk_standalone_${Date.now()}_${randomBytes(3).toString("hex")}`;
    const admin = new URL(postgres.url);
    admin.pathname = "/postgres";
    const url = new URL(postgres.url);
    url.pathname = `/${name}`;
    const sql = async (text: string) => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      try {
        await c.query(text);
      } finally {
        await c.end();
      }
    };
    await sql(`CREATE DATABASE "${name}"`);
    dropDatabase = () => sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await runMigrations(url.toString());

    const port = await freePort();
    baseURL = `http://localhost:${port}`;
    server = spawn(process.execPath, ["server.js"], {
      cwd: standalone,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATABASE_URL: url.toString(),
        AUTH_SECRET: randomBytes(32).toString("base64"),
        AUTH_TRUST_HOST: "true",
        APP_URL: baseURL,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (d: Buffer) => (output += d.toString()));
    server.stderr!.on("data", (d: Buffer) => (output += d.toString()));
    await expect
      .poll(async () => (await fetch(`${baseURL}/api/health`).catch(() => null))?.status ?? (server!.exitCode !== null ? `exited: ${output}` : 0), {
        timeout: 60_000,
      })
      .toBe(200);
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
    await dropDatabase().catch(() => {});
    await stopPostgres();
  });

  test("a page, the API, a 404 and a static asset all carry the security headers", async ({ request }) => {
    await checkEveryKindOfResponse(request, baseURL);
  });

  test("a forged X-Forwarded-For is not the address a sign-in is recorded under", async ({ browser, request }) => {
    const user = newUser("forged-standalone");
    await signUp(request, baseURL, user);
    const ip = await sessionIpAfterForgedSignIn(browser, baseURL, user);
    expect(ip).toMatch(LOOPBACK);
  });
});
