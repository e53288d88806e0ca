import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importDocument } from "@/lib/server/documents/import-document";
import { actorOf, workspaceWithEveryRole } from "./helpers";

// Fresh text, written for this test: a blog post pasted with its header, navigation and comment thread.
const PASTE = [
  "Ferry Terminal Opens Two Years Late",
  "Cost nearly doubled, board figures show",
  "By Ana Lima",
  "March 4, 2024",
  "https://news.example.org/ferry-terminal",
  "",
  "The county's new ferry terminal opened on Monday, two years later than planned and at almost twice the budgeted cost, according to figures released by the harbour board.",
  "",
  "Officials blamed the delay on a shortage of steel and on a redesign of the passenger ramp, which inspectors had found too steep for wheelchairs during the first safety review.",
  "",
  "Passenger groups welcomed the opening but said the timetable still leaves shift workers without a late crossing on weekdays.",
  "",
  "Previous Post",
  "Next Post",
  "",
  "  1. Great piece, but the budget figures look wrong to me.",
  "",
  "    Agreed, the board's own report says otherwise.",
  "  2. Who signed off on the ramp?",
  "",
  "Comments are closed.",
].join("\n");

describe("an imported article is stored without its byline, date, address and comments; the original keeps them", () => {
  it("pasted text", async () => {
    const w = await workspaceWithEveryRole();
    const summary = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content: PASTE });
    const doc = await db.document.findUniqueOrThrow({ where: { id: summary.id }, include: { original: true } });
    expect(doc).toMatchObject({ title: "Ferry Terminal Opens Two Years Late", author: "Ana Lima", sourceUrl: "https://news.example.org/ferry-terminal" });
    expect(doc.publishedAt?.toISOString().slice(0, 10)).toBe("2024-03-04");
    expect(doc.text.startsWith("Ferry Terminal Opens Two Years Late\n\nCost nearly doubled, board figures show\n\nThe county's new ferry terminal opened on Monday")).toBe(true);
    expect(doc.text.endsWith("without a late crossing on weekdays.")).toBe(true);
    for (const gone of ["By Ana Lima", "March 4", "https://", "Previous Post", "Great piece", "Who signed off", "Comments are closed"]) expect(doc.text).not.toContain(gone);
    expect(JSON.stringify(doc.content)).not.toContain("orderedList");
    expect(doc.original?.text).toBe(PASTE);
  });
});
