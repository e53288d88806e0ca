import { describe, expect, it } from "vitest";
import { normalizeEmail, ZEmail } from "@/lib/domain/auth-email";
import { returnPathOf, safeNextPath } from "@/lib/domain/auth-redirect";
import { describeUserAgent } from "@/lib/domain/auth-user-agent";

describe("safeNextPath (open-redirect guard)", () => {
  it.each(["/w/demo", "/w/demo/members?tab=invites", "/settings/account#tokens"])("keeps the same-site path %s", (p) => {
    expect(safeNextPath(p)).toBe(p);
  });

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/\n//evil.example",
    "/\t/evil.example",
    "",
    "dashboard",
    "/signin?next=/x",
    "/api/auth/signout",
  ])("falls back for %j", (p) => {
    expect(safeNextPath(p)).toBe("/dashboard");
  });

  it("falls back for non-strings", () => {
    expect(safeNextPath(undefined)).toBe("/dashboard");
    expect(safeNextPath(["/w/demo"], "/x")).toBe("/x");
  });
});

describe("returnPathOf (where sign-in sends a signed-out visitor back to)", () => {
  it("keeps the path and query of a shared claim link, drops Next's _rsc parameter", () => {
    expect(returnPathOf(new URL("http://localhost:3000/w/demo/documents/abc?claim=123"))).toBe("/w/demo/documents/abc?claim=123");
    expect(returnPathOf(new URL("http://localhost/w/demo/claims?status=DRAFT&_rsc=x1y2&q=jobs"))).toBe("/w/demo/claims?status=DRAFT&q=jobs");
    expect(returnPathOf(new URL("http://localhost/w/demo?_rsc=1"))).toBe("/w/demo");
    expect(safeNextPath(returnPathOf(new URL("http://localhost/w/demo/documents/abc?claim=123")))).toBe("/w/demo/documents/abc?claim=123");
  });
});

describe("emails", () => {
  it("are trimmed and lowercased", () => {
    expect(normalizeEmail("  Ada@Example.COM ")).toBe("ada@example.com");
    expect(ZEmail.parse(" Ada@Example.com")).toBe("ada@example.com");
  });

  it("must look like an address", () => {
    expect(ZEmail.safeParse("ada@").success).toBe(false);
    expect(ZEmail.safeParse("ada example.com").success).toBe(false);
    expect(ZEmail.safeParse(`${"a".repeat(250)}@example.com`).success).toBe(false);
  });
});

describe("describeUserAgent", () => {
  it.each([
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36", "Chrome on Linux"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:130.0) Gecko/20100101 Firefox/130.0", "Firefox on macOS"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1", "Safari on iOS"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 Edg/140.0", "Edge on Windows"],
    ["curl/8.5.0", "curl"],
    [null, "Unknown device"],
  ])("%s → %s", (ua, expected) => {
    expect(describeUserAgent(ua)).toBe(expected);
  });
});
