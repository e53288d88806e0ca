import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeMemberRole } from "@/lib/server/workspaces/change-member-role";
import { createWorkspace } from "@/lib/server/workspaces/create-workspace";
import { leaveWorkspace } from "@/lib/server/workspaces/leave-workspace";
import { removeMember } from "@/lib/server/workspaces/remove-member";
import { actorOf, auditCount, codeOf, createUser, roleOf } from "./fixtures";

async function soloOwner() {
  const owner = await createUser("Solo Owner");
  const ws = await createWorkspace({ actor: actorOf(owner), name: "Solo desk" });
  return { owner, ws };
}

describe("a workspace always keeps an owner", () => {
  it("the only owner cannot leave: CONFLICT with a clear message, nothing changes", async () => {
    const { owner, ws } = await soloOwner();
    const err = await leaveWorkspace({ actor: actorOf(owner), workspaceSlug: ws.slug }).catch((e) => e);
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toMatch(/only owner/);
    expect(await roleOf(ws.id, owner.id)).toBe("OWNER");
    expect(await auditCount(ws.id, "member.left")).toBe(0);
  });

  it("the only owner cannot demote themselves", async () => {
    const { owner, ws } = await soloOwner();
    expect(await codeOf(changeMemberRole({ actor: actorOf(owner), workspaceSlug: ws.slug, userId: owner.id, role: "ADMIN" }))).toBe("CONFLICT");
    expect(await roleOf(ws.id, owner.id)).toBe("OWNER");
    expect(await auditCount(ws.id, "member.role_changed")).toBe(0);
  });

  it("an owner cannot remove themselves through removeMember (that is leaving)", async () => {
    const { owner, ws } = await soloOwner();
    expect(await codeOf(removeMember({ actor: actorOf(owner), workspaceSlug: ws.slug, userId: owner.id }))).toBe("BAD_REQUEST");
    expect(await roleOf(ws.id, owner.id)).toBe("OWNER");
  });

  it("with a second owner, one may leave or be demoted, but not both of them", async () => {
    const { owner, ws } = await soloOwner();
    const second = await createUser("Second Owner");
    await db.membership.create({ data: { workspaceId: ws.id, userId: second.id, role: "OWNER" } });

    await changeMemberRole({ actor: actorOf(owner), workspaceSlug: ws.slug, userId: second.id, role: "EDITOR" });
    expect(await roleOf(ws.id, second.id)).toBe("EDITOR");
    // Now the first owner is the last one again.
    expect(await codeOf(leaveWorkspace({ actor: actorOf(owner), workspaceSlug: ws.slug }))).toBe("CONFLICT");

    await changeMemberRole({ actor: actorOf(owner), workspaceSlug: ws.slug, userId: second.id, role: "OWNER" });
    await leaveWorkspace({ actor: actorOf(owner), workspaceSlug: ws.slug });
    expect(await roleOf(ws.id, owner.id)).toBeNull();
    expect(await codeOf(leaveWorkspace({ actor: actorOf(second), workspaceSlug: ws.slug }))).toBe("CONFLICT");
    expect(await roleOf(ws.id, second.id)).toBe("OWNER");
  });

  it("two owners leaving at the same moment: exactly one succeeds, one owner remains", async () => {
    // Several rounds: without the row lock the two transactions interleave and both leave.
    for (let round = 0; round < 8; round++) {
      const a = await createUser("Owner A");
      const b = await createUser("Owner B");
      const ws = await createWorkspace({ actor: actorOf(a), name: `Race ${round}` });
      await db.membership.create({ data: { workspaceId: ws.id, userId: b.id, role: "OWNER" } });

      const results = await Promise.allSettled([
        leaveWorkspace({ actor: actorOf(a), workspaceSlug: ws.slug }),
        leaveWorkspace({ actor: actorOf(b), workspaceSlug: ws.slug }),
      ]);
      const ok = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r) => r.status === "rejected");
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason.code).toBe("CONFLICT");
      expect(await db.membership.count({ where: { workspaceId: ws.id, role: "OWNER" } })).toBe(1);
      expect(await auditCount(ws.id, "member.left")).toBe(1);
    }
  });

  it("an owner leaving while the other demotes them: never zero owners", async () => {
    for (let round = 0; round < 8; round++) {
      const a = await createUser("Owner A");
      const b = await createUser("Owner B");
      const ws = await createWorkspace({ actor: actorOf(a), name: `Race demote ${round}` });
      await db.membership.create({ data: { workspaceId: ws.id, userId: b.id, role: "OWNER" } });
      await Promise.allSettled([
        leaveWorkspace({ actor: actorOf(a), workspaceSlug: ws.slug }),
        changeMemberRole({ actor: actorOf(b), workspaceSlug: ws.slug, userId: b.id, role: "VIEWER" }),
      ]);
      expect(await db.membership.count({ where: { workspaceId: ws.id, role: "OWNER" } })).toBe(1);
    }
  });
});
