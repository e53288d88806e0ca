import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS } from "@/lib/domain/audit/audit-actions";
import { describeAuditEvent } from "@/lib/domain/audit/describe-audit-event";

describe("the audit log's words", () => {
  it.each(AUDIT_ACTIONS)("%s reads as a sentence, not as its raw name", (action) => {
    const text = describeAuditEvent({ action, data: {}, actorName: "Ana" });
    expect(text).toMatch(/^Ana /);
    expect(text).not.toContain(action);
    expect(text).not.toMatch(/recorded as/);
  });

  it("lists every action in one filter group, named by its prefix", () => {
    const grouped = AUDIT_ACTION_GROUPS.flatMap((g) => g.actions.map((a) => ({ a, prefix: g.prefix })));
    for (const { a, prefix } of grouped) expect(a.startsWith(prefix)).toBe(true);
    const userOnly = AUDIT_ACTIONS.filter((a) => a.startsWith("user.") || a.startsWith("api_token.") || a === "workspace.deleted");
    expect(new Set(grouped.map((g) => g.a))).toEqual(new Set(AUDIT_ACTIONS.filter((a) => !userOnly.includes(a))));
  });
});
