import { describe, expect, it } from "vitest";
import { can, canAssignRole, canRemoveMember, ROLES, type TCapability, type TRole } from "@/lib/domain/roles";

describe("can", () => {
  const expected: Record<TCapability, TRole[]> = {
    "workspace.read": ["OWNER", "ADMIN", "EDITOR", "REVIEWER", "VIEWER"],
    "workspace.settings": ["OWNER", "ADMIN"],
    "workspace.delete": ["OWNER"],
    "members.manage": ["OWNER", "ADMIN"],
    "content.edit": ["OWNER", "ADMIN", "EDITOR", "REVIEWER"],
    "content.delete": ["OWNER", "ADMIN", "EDITOR"],
    "verdict.review": ["OWNER", "ADMIN", "REVIEWER"],
  };
  for (const [capability, allowed] of Object.entries(expected) as [TCapability, TRole[]][]) {
    for (const role of ROLES) {
      it(`${role} ${allowed.includes(role) ? "has" : "lacks"} ${capability}`, () => {
        expect(can(role, capability)).toBe(allowed.includes(role));
      });
    }
  }
});

describe("canAssignRole", () => {
  it("lets owners give and take any role, owners included", () => {
    for (const from of [null, ...ROLES]) for (const to of ROLES) expect(canAssignRole("OWNER", from, to)).toBe(true);
  });
  it("lets admins manage everyone but owners", () => {
    expect(canAssignRole("ADMIN", "VIEWER", "ADMIN")).toBe(true);
    expect(canAssignRole("ADMIN", null, "EDITOR")).toBe(true);
    expect(canAssignRole("ADMIN", "ADMIN", "VIEWER")).toBe(true);
    expect(canAssignRole("ADMIN", null, "OWNER")).toBe(false);
    expect(canAssignRole("ADMIN", "EDITOR", "OWNER")).toBe(false);
    expect(canAssignRole("ADMIN", "OWNER", "ADMIN")).toBe(false);
  });
  it("refuses every change to roles without members.manage", () => {
    for (const actor of ["EDITOR", "REVIEWER", "VIEWER"] as const) {
      for (const from of [null, ...ROLES]) for (const to of ROLES) expect(canAssignRole(actor, from, to)).toBe(false);
    }
  });
});

describe("canRemoveMember", () => {
  it("lets owners remove anyone and admins anyone but owners", () => {
    for (const t of ROLES) expect(canRemoveMember("OWNER", t)).toBe(true);
    for (const t of ROLES) expect(canRemoveMember("ADMIN", t)).toBe(t !== "OWNER");
  });
  it("refuses editors, reviewers and viewers", () => {
    for (const a of ["EDITOR", "REVIEWER", "VIEWER"] as const) for (const t of ROLES) expect(canRemoveMember(a, t)).toBe(false);
  });
});
