import { describe, expect, it } from "vitest";
import { describeActivity } from "@/lib/domain/activity";

describe("describeActivity", () => {
  it.each([
    [{ action: "workspace.created", data: { name: "Desk", slug: "desk" } }, "created the workspace “Desk”"],
    [{ action: "workspace.updated", data: { name: { from: "A", to: "B" } } }, "renamed the workspace to “B”"],
    [{ action: "workspace.updated", data: { requiredApprovals: { from: 2, to: 3 } } }, "set required approvals to 3"],
    [{ action: "workspace.updated", data: { name: { from: "A", to: "B" }, requiredApprovals: { from: 2, to: 1 } } }, "renamed the workspace to “B” and set required approvals to 1"],
    [{ action: "member.role_changed", data: { email: "a@x.example", from: "EDITOR", to: "REVIEWER" } }, "changed a@x.example from Editor to Reviewer"],
    [{ action: "member.removed", data: { email: "a@x.example", role: "VIEWER" } }, "removed a@x.example"],
    [{ action: "member.left", data: { role: "ADMIN" } }, "left the workspace"],
    [{ action: "invitation.created", data: { email: "b@x.example", role: "OWNER" } }, "invited b@x.example as Owner"],
    [{ action: "invitation.revoked", data: { email: "b@x.example" } }, "revoked the invitation for b@x.example"],
    [{ action: "invitation.accepted", data: { role: "VIEWER", alreadyMember: false } }, "joined as Viewer"],
    [{ action: "invitation.accepted", data: { role: "VIEWER", alreadyMember: true } }, "accepted an invitation but was already a member"],
    [{ action: "document.imported", data: { title: "Port report" } }, "imported “Port report”"],
    [{ action: "document.metadata_updated", data: { fields: ["title"] } }, "updated a document’s details"],
    [{ action: "document.deleted", data: { title: "Port report" } }, "deleted the document “Port report”"],
    [{ action: "document.trashed", data: { title: "Port report" } }, "moved the document “Port report” to the trash"],
    [{ action: "document.restored", data: { title: "Port report" } }, "restored the document “Port report” from the trash"],
    [{ action: "document.purged", data: { title: "Port report" } }, "purged the document “Port report” (30 days in the trash)"],
    [{ action: "document.text_locked", data: { title: "Port report", scope: "DOCUMENT" } }, "locked the text of “Port report”"],
    [{ action: "document.text_unlocked", data: { title: "Port report", scope: "DOCUMENT" } }, "unlocked the text of “Port report”"],
    [{ action: "claim.created", data: { quote: "Crime  fell\nby 20 percent" } }, "marked the claim “Crime fell by 20 percent”"],
    [{ action: "claim.created", data: { quote: "x".repeat(100) } }, `marked the claim “${"x".repeat(79)}…”`],
    [{ action: "claim.updated", data: { fields: ["status"], status: { from: "DRAFT", to: "RESEARCHING" } } }, "moved a claim to Researching"],
    [{ action: "claim.updated", data: { fields: ["claimant"] } }, "edited a claim"],
    [{ action: "claim.reanchored", data: { from: { quote: "old" }, to: { quote: "new words" } } }, "re-attached the claim “new words”"],
    [{ action: "claim.deleted", data: { quote: "Crime fell" } }, "deleted the claim “Crime fell”"],
    [{ action: "source.created", data: { title: "Labour force survey", url: "https://stats.example/lfs", type: "DATASET" } }, "added the source “Labour force survey” to the library"],
    [{ action: "source.updated", data: { fields: ["publisher"] } }, "edited a source’s details"],
    [{ action: "source.deleted", data: { title: "Labour force survey", url: null } }, "deleted the source “Labour force survey” from the library"],
    [{ action: "evidence.added", data: { sourceTitle: "Labour force survey", stance: "REFUTES" } }, "cited “Labour force survey” on a claim (refutes)"],
    [{ action: "evidence.updated", data: { sourceTitle: "Labour force survey", fields: ["stance"], stance: { from: "REFUTES", to: "CONTEXT" } } }, "changed evidence from “Labour force survey” to context"],
    [{ action: "evidence.updated", data: { sourceTitle: "Labour force survey", fields: ["note"] } }, "edited evidence from “Labour force survey”"],
    [{ action: "evidence.removed", data: { sourceTitle: "Labour force survey", stance: "SUPPORTS" } }, "removed evidence from “Labour force survey” from a claim"],
    [{ action: "evidence.reordered", data: { order: [] } }, "reordered a claim’s evidence"],
    [{ action: "something.new", data: null }, "something.new"],
  ])("%o → %s", (event, sentence) => {
    expect(describeActivity(event)).toBe(sentence);
  });
});
