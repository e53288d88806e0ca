import { describe, expect, it } from "vitest";
import { normalizeLinkInput } from "@/lib/editor/link-input";
import { contrastWithWhite, initials, presenceColor, PRESENCE_COLORS, readableTextColor, safePresenceColor } from "@/lib/editor/presence-colors";
import { deriveSyncStatus, type TSyncInputs } from "@/lib/editor/sync-status";

describe("normalizeLinkInput", () => {
  it.each([
    ["https://example.org/a?b=1", "https://example.org/a?b=1"],
    ["http://example.org", "http://example.org/"],
    ["example.org/path", "https://example.org/path"],
    ["example.org:8080/x", "https://example.org:8080/x"],
    ["  www.example.org  ", "https://www.example.org/"],
    ["desk@example.org", "mailto:desk@example.org"],
    ["mailto:desk@example.org", "mailto:desk@example.org"],
  ])("accepts %s", (input, href) => {
    expect(normalizeLinkInput(input)).toEqual({ ok: true, href });
  });

  it.each(["", "   ", "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,hi", "file:///etc/passwd", "ftp://example.org", "not a link", "nodots", "mailto:nobody"])(
    "refuses %j",
    (input) => {
      expect(normalizeLinkInput(input).ok).toBe(false);
    },
  );
});

describe("presence colours", () => {
  it("gives a user the same palette colour every time", () => {
    const id = "4f1c2d9e-0000-4000-8000-000000000001";
    expect(presenceColor(id)).toBe(presenceColor(id));
    expect(PRESENCE_COLORS).toContain(presenceColor(id));
  });

  it("spreads different users over the palette", () => {
    const colors = new Set(Array.from({ length: 50 }, (_, i) => presenceColor(`user-${i}`)));
    expect(colors.size).toBeGreaterThan(5);
  });

  it("accepts only #rrggbb from outside", () => {
    expect(safePresenceColor("#A1b2C3", "u")).toBe("#A1b2C3");
    expect(safePresenceColor("red; background:url(x)", "u")).toBe(presenceColor("u"));
    expect(safePresenceColor(undefined, "u")).toBe(presenceColor("u"));
  });

  it("makes initials from names and emails", () => {
    expect(initials("Ada Lovelace")).toBe("AL");
    expect(initials("reviewer1@example.com")).toBe("R");
    expect(initials("Zoë van der Berg")).toBe("ZB");
    expect(initials("émile")).toBe("É");
    expect(initials("  ")).toBe("?");
  });
});

describe("deriveSyncStatus", () => {
  const base: TSyncInputs = { connected: true, synced: true, unsyncedChanges: 0, online: true, everSynced: true, denied: false };

  it("is saved only when connected, synced and nothing is pending", () => {
    expect(deriveSyncStatus(base)).toBe("saved");
    expect(deriveSyncStatus({ ...base, unsyncedChanges: 2 })).toBe("saving");
    expect(deriveSyncStatus({ ...base, synced: false })).toBe("saving");
  });

  it("says offline when the browser has no network, whatever the socket thinks", () => {
    expect(deriveSyncStatus({ ...base, online: false })).toBe("offline");
    expect(deriveSyncStatus({ ...base, online: false, connected: false, unsyncedChanges: 3 })).toBe("offline");
  });

  it("tells a first connection from a reconnection", () => {
    expect(deriveSyncStatus({ ...base, connected: false, synced: false, everSynced: false })).toBe("connecting");
    expect(deriveSyncStatus({ ...base, connected: false, synced: false })).toBe("reconnecting");
  });

  it("reports a refused token above everything else", () => {
    expect(deriveSyncStatus({ ...base, denied: true, online: false })).toBe("denied");
  });
});

describe("readableTextColor", () => {
  it("puts white on dark colours and dark ink on light ones", () => {
    expect(readableTextColor("#1d4ed8")).toBe("#ffffff");
    expect(readableTextColor("#66a80f")).toBe("#0f172a");
    expect(readableTextColor("#ffe066")).toBe("#0f172a");
    expect(readableTextColor("#000000")).toBe("#ffffff");
  });

  it("keeps white ink on every colour of our own palette (all chosen dark enough for it)", () => {
    for (const c of PRESENCE_COLORS) expect(readableTextColor(c)).toBe("#ffffff");
  });
});

describe("presence palette", () => {
  it("every colour carries white initials and caret labels at WCAG AA (4.5:1)", () => {
    for (const c of PRESENCE_COLORS) expect(contrastWithWhite(c), c).toBeGreaterThanOrEqual(4.5);
    // The colour that once failed axe on the document page must stay out.
    expect(contrastWithWhite("#0c8599")).toBeLessThan(4.5);
  });
});
