import { describe, expect, it } from "vitest";
import { AUDIT_CSV_COLUMNS, auditCsv, auditCsvCells, type TAuditCsvEvent } from "@/lib/domain/audit/audit-csv";
import { describeAuditEvent } from "@/lib/domain/audit/describe-audit-event";

const at = new Date("2026-12-05T10:11:12.345Z");
const ev = (over: Partial<TAuditCsvEvent> = {}): TAuditCsvEvent => ({
  id: "42",
  createdAt: at,
  actor: { id: "u1", name: "Ana Ruiz", email: "ana@example.com" },
  action: "review.approved",
  targetType: "claim",
  targetId: "c1",
  data: { verdictVersion: 2, signOffHash: "a".repeat(64), quorum: "Approved (2 of 2)" },
  ip: "203.0.113.7",
  ...over,
});

describe("audit CSV", () => {
  it("a header and one CRLF line per event, UTF-8 BOM first, in the order given", () => {
    const csv = auditCsv([ev(), ev({ id: "41", action: "member.left", data: {} })]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    expect(lines[1]).toBe(
      `42,2026-12-05T10:11:12.345Z,u1,Ana Ruiz,ana@example.com,review.approved,claim,c1,"Ana Ruiz approved version 2 (quorum reached, 2 of 2).",203.0.113.7,"{""verdictVersion"":2,""signOffHash"":""${"a".repeat(64)}"",""quorum"":""Approved (2 of 2)""}"`,
    );
    expect(lines[2]).toContain(",member.left,claim,c1,Ana Ruiz left the workspace.,");
  });

  it("cells a spreadsheet would run as a formula get a leading quote: names, comments in data, descriptions", () => {
    const cells = auditCsvCells(
      ev({ actor: { id: "u2", name: "=HYPERLINK(\"http://evil\")", email: "+x@example.com" }, action: "review.changes_requested", data: { verdictVersion: 1, comment: "@SUM(1)" } }),
    );
    expect(cells[3]).toBe('=HYPERLINK("http://evil")');
    const line = auditCsv([ev({ actor: { id: "u2", name: "=HYPERLINK(\"http://evil\")", email: "+x@example.com" }, action: "review.changes_requested", data: { verdictVersion: 1, comment: "-2+3" } })]).split("\r\n")[1]!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(line).toContain(",'+x@example.com,");
    // The description starts with the (hostile) name: neutralised too.
    expect(line).toContain(`"'=HYPERLINK(""http://evil"") requested changes to version 1. Comment: “-2+3”"`);
    // After a separator inside a cell, for readers that split on ; or tabs.
    expect(auditCsv([ev({ actor: null, action: "x.y", data: { note: "a; =1" } })])).toContain("'=1");
  });

  it("events without an actor, target or ip leave those cells empty", () => {
    const line = auditCsv([ev({ actor: null, targetId: null, ip: null, action: "review.approvals_voided", data: { count: 1, reason: "The summary changed." } })]).split("\r\n")[1]!;
    expect(line).toBe(`42,2026-12-05T10:11:12.345Z,,,,review.approvals_voided,claim,,1 approval was voided. The summary changed.,,"{""count"":1,""reason"":""The summary changed.""}"`);
  });
});

describe("describeAuditEvent", () => {
  it("uses the workspace log's words, the timeline's for review events, and its own for the rating scale", () => {
    expect(describeAuditEvent({ action: "member.role_changed", data: { email: "sam@example.com", from: "EDITOR", to: "REVIEWER" }, actorName: "Ana" })).toBe(
      "Ana changed sam@example.com from Editor to Reviewer.",
    );
    expect(describeAuditEvent({ action: "verdict.created", data: { version: 1, rating: "False" }, actorName: "Ana" })).toBe("Ana wrote verdict version 1: False.");
    expect(
      describeAuditEvent({
        action: "workspace.rating_scale_updated",
        data: { labels: { after: { ratings: ["True", "False"], nonScale: ["Unverifiable"] } }, isDefault: { to: false } },
        actorName: "Ana",
      }),
    ).toBe("Ana changed the rating scale to True, False (outside the scale: Unverifiable).");
    expect(describeAuditEvent({ action: "workspace.rating_scale_updated", data: { isDefault: { to: true } }, actorName: null })).toBe("Someone reset the rating scale to the default.");
    expect(describeAuditEvent({ action: "something.new", data: {}, actorName: "Ana" })).toBe("Ana made a change recorded as “something.new”.");
  });
});
