import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countClaimsByStatus } from "@/lib/server/claims/count-claims-by-status";
import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaimedDocuments } from "@/lib/server/claims/list-claimed-documents";
import { trashDocument } from "@/lib/server/documents/trash-document";
import { importDocument } from "@/lib/server/documents/import-document";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { createUser } from "../workspaces/fixtures";
import { actorOf, codeOf, rangeOf, workspaceWithEveryRole } from "./helpers";

// The numbers around the workspace claims page: claims per status (overview, filter chips), the
// documents with claims (document filter) and each document's claim count (documents list).

async function world() {
  const w = await workspaceWithEveryRole();
  const actor = actorOf(w.editor);
  const doc = (title: string, body: string) => importDocument({ actor, workspaceSlug: w.slug, kind: "text", content: `${title}\n\n${body}` });
  const bridge = await doc("Bridge repairs delayed", "The council said repairs will cost 2 million euros and finish in May.");
  const airport = await doc("Airport expansion approved", "Passenger numbers doubled since 2015, the minister said, and 400 jobs will follow.");
  const quiet = await doc("A quiet week", "Nothing much happened.");
  const mk = async (docId: string, needle: string, extra: Record<string, unknown> = {}) =>
    createClaim({ actor, workspaceSlug: w.slug, documentId: docId, ...(await rangeOf(docId, needle)), ...extra });
  const cost = await mk(bridge.id, "repairs will cost 2 million euros");
  const may = await mk(bridge.id, "finish in May", { status: "RESEARCHING" });
  const jobs = await mk(airport.id, "400 jobs will follow");
  await mk(airport.id, "Passenger numbers doubled since 2015", { status: "RESEARCHING" });
  await mk(airport.id, "numbers doubled");
  // Later statuses come from the review workflow; set directly here to count every status.
  await db.claim.update({ where: { id: cost.id }, data: { status: "IN_REVIEW" } });
  await db.claim.update({ where: { id: may.id }, data: { detachedAt: new Date() } });
  await db.claim.update({ where: { id: jobs.id }, data: { status: "APPROVED", detachedAt: new Date() } });
  return { w, actor, bridge, airport, quiet };
}

describe("claims counts for the workspace views", () => {
  it("counts claims per status (zeros included), the detached ones and the total, for any member", async () => {
    const { w } = await world();
    const counts = await countClaimsByStatus({ actor: actorOf(w.viewer), workspaceSlug: w.slug });
    expect(counts).toEqual({
      byStatus: { DRAFT: 1, RESEARCHING: 2, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 1, PUBLISHED: 0, CORRECTED: 0 },
      detached: 2,
      total: 5,
    });
  });

  it("with the claims page's filters, each count ignores only its own filter (faceted)", async () => {
    const { w, actor, bridge, airport } = await world();
    const count = (f: Record<string, unknown>) => countClaimsByStatus({ actor, workspaceSlug: w.slug, ...f });
    // One document: its two claims (IN_REVIEW; RESEARCHING + detached).
    expect(await count({ documentId: bridge.id })).toEqual({
      byStatus: { DRAFT: 0, RESEARCHING: 1, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 0, PUBLISHED: 0, CORRECTED: 0 },
      detached: 1,
      total: 2,
    });
    // A status filter does not narrow the status chips, but does narrow the re-anchoring count.
    const researching = await count({ status: ["RESEARCHING"] });
    expect(researching.byStatus).toEqual({ DRAFT: 1, RESEARCHING: 2, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 1, PUBLISHED: 0, CORRECTED: 0 });
    expect(researching.detached).toBe(1);
    // The re-anchoring toggle narrows the chips, not its own count.
    const detachedOnly = await count({ detached: true });
    expect(detachedOnly.byStatus).toMatchObject({ RESEARCHING: 1, APPROVED: 1, DRAFT: 0, IN_REVIEW: 0 });
    expect(detachedOnly).toMatchObject({ detached: 2, total: 2 });
    // Search and assignee narrow everything; "me" is the acting user.
    expect((await count({ q: "JOBS" })).byStatus.APPROVED).toBe(1);
    expect(await count({ q: "JOBS", documentId: bridge.id })).toMatchObject({ total: 0, detached: 0 });
    expect((await count({ assigneeId: "none", documentId: airport.id })).total).toBe(3);
    expect((await count({ assigneeId: "me" })).total).toBe(0);
  });

  it("refuses bad filters with the list's messages", async () => {
    const { w, actor } = await world();
    await expect(countClaimsByStatus({ actor, workspaceSlug: w.slug, documentId: "nope" })).rejects.toThrow("documentId must be a document id.");
    await expect(countClaimsByStatus({ actor, workspaceSlug: w.slug, status: ["LOST"] })).rejects.toThrow(/status must be one of/);
  });

  it("lists the documents that have claims, by title, with their counts; documents list carries each count", async () => {
    const { w, actor, bridge, airport, quiet } = await world();
    expect(await listClaimedDocuments({ actor: actorOf(w.viewer), workspaceSlug: w.slug })).toEqual([
      { id: airport.id, title: "Airport expansion approved", claimCount: 3 },
      { id: bridge.id, title: "Bridge repairs delayed", claimCount: 2 },
    ]);
    const listed = await listDocuments({ actor, workspaceSlug: w.slug, sort: "title" });
    expect(listed.documents.map((d) => [d.id, d.claimCount])).toEqual([
      [quiet.id, 0],
      [airport.id, 3],
      [bridge.id, 2],
    ]);
  });

  it("leaves out deleted documents' claims and never counts another workspace's", async () => {
    const { w, actor, airport, bridge } = await world();
    const other = await world();
    await expect(trashDocument({ actor, workspaceSlug: w.slug, documentId: airport.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await trashDocument({ actor, workspaceSlug: w.slug, documentId: airport.id, confirmClaimsInReview: true });
    const counts = await countClaimsByStatus({ actor, workspaceSlug: w.slug });
    expect(counts.total).toBe(2);
    expect(counts.byStatus.APPROVED).toBe(0);
    expect(counts.detached).toBe(1);
    expect((await listClaimedDocuments({ actor, workspaceSlug: w.slug })).map((d) => d.id)).toEqual([bridge.id]);
    expect((await countClaimsByStatus({ actor: actorOf(other.w.editor), workspaceSlug: other.w.slug })).total).toBe(5);
  });

  it("is for members only: a stranger gets NOT_FOUND", async () => {
    const { w } = await world();
    const stranger = actorOf(await createUser("Stranger"));
    expect(await codeOf(countClaimsByStatus({ actor: stranger, workspaceSlug: w.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(listClaimedDocuments({ actor: stranger, workspaceSlug: w.slug }))).toBe("NOT_FOUND");
  });
});
