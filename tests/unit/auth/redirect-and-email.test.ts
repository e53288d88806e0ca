import { describe, expect, it } from "vitest";
import { normalizeEmail, ZEmail } from "@/lib/domain/auth-email";
import { safeNextPath } from "@/lib/domain/auth-redirect";

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
