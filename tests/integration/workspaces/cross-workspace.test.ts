import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { changeMemberRole } from "@/lib/server/workspaces/change-member-role";
import { getWorkspace } from "@/lib/server/workspaces/get-workspace";
import { removeMember } from "@/lib/server/workspaces/remove-member";
import { actorOf, codeOf, roleOf, workspaceWithEveryRole } from "./fixtures";

describe("ids from another workspace answer 404, never data", () => {
  it("an owner of A cannot reach B's members, invitations or workspace through A's slug or B's", async () => {
    const a = await workspaceWithEveryRole();
    const b = await workspaceWithEveryRole();
    const actor = actorOf(a.owner);
    const { invitation: bInvite } = await createInvitation({ actor: actorOf(b.owner), workspaceSlug: b.slug, email: `x-${randomUUID()}@test.example`, role: "VIEWER" });

    expect(await codeOf(changeMemberRole({ actor, workspaceSlug: a.slug, userId: b.target.id, role: "VIEWER" }))).toBe("NOT_FOUND");
    expect(await codeOf(removeMember({ actor, workspaceSlug: a.slug, userId: b.target.id }))).toBe("NOT_FOUND");
    expect(await codeOf(revokeInvitation({ actor, workspaceSlug: a.slug, invitationId: bInvite.id }))).toBe("NOT_FOUND");
    expect(await codeOf(getWorkspace({ actor, workspaceSlug: b.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(listAuditEvents({ actor, workspaceSlug: b.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(removeMember({ actor, workspaceSlug: b.slug, userId: b.target.id }))).toBe("NOT_FOUND");

    expect(await roleOf(b.ws.id, b.target.id)).toBe("EDITOR");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: bInvite.id } })).revokedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { workspaceId: b.ws.id, actorId: a.owner.id } })).toBe(0);
  });

  it("the same 404 for a malformed or unknown id", async () => {
    const a = await workspaceWithEveryRole();
    const actor = actorOf(a.owner);
    for (const id of ["not-a-uuid", "1; DROP TABLE x", randomUUID(), ""]) {
      expect(await codeOf(changeMemberRole({ actor, workspaceSlug: a.slug, userId: id, role: "VIEWER" }))).toBe("NOT_FOUND");
      expect(await codeOf(removeMember({ actor, workspaceSlug: a.slug, userId: id }))).toBe("NOT_FOUND");
      expect(await codeOf(revokeInvitation({ actor, workspaceSlug: a.slug, invitationId: id }))).toBe("NOT_FOUND");
    }
  });

  it("the 404 does not say whether the workspace exists", async () => {
    const a = await workspaceWithEveryRole();
    const real = await getWorkspace({ actor: actorOf(a.owner), workspaceSlug: a.slug }).then(() => null);
    expect(real).toBeNull();
    const e1 = await getWorkspace({ actor: actorOf(a.outsider), workspaceSlug: a.slug }).catch((e) => e);
    const e2 = await getWorkspace({ actor: actorOf(a.outsider), workspaceSlug: `missing-${randomUUID().slice(0, 6)}` }).catch((e) => e);
    expect([e1.code, e1.message]).toEqual([e2.code, e2.message]);
  });
});
