import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { listInvitations } from "@/lib/server/invitations/list-invitations";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { changeMemberRole } from "@/lib/server/workspaces/change-member-role";
import { deleteWorkspace } from "@/lib/server/workspaces/delete-workspace";
import { getWorkspace } from "@/lib/server/workspaces/get-workspace";
import { leaveWorkspace } from "@/lib/server/workspaces/leave-workspace";
import { listMembers } from "@/lib/server/workspaces/list-members";
import { removeMember } from "@/lib/server/workspaces/remove-member";
import { updateWorkspaceSettings } from "@/lib/server/workspaces/update-workspace-settings";
import type { TActor } from "@/lib/server/actor";
import { actorOf, auditCount, codeOf, roleOf, workspaceWithEveryRole, type TWorld } from "./fixtures";

type TActorKey = "outsider" | "viewer" | "editor" | "reviewer" | "admin" | "owner";
const ACTORS: TActorKey[] = ["outsider", "viewer", "editor", "reviewer", "admin", "owner"];

type TOp = {
  name: string;
  allowed: TActorKey[];
  /** Extra setup in the fresh world, e.g. a pending invitation to revoke. */
  prepare?: (w: TWorld) => Promise<Record<string, string>>;
  run: (w: TWorld, actor: TActor, prep: Record<string, string>) => Promise<unknown>;
  /** Whether the change is visible in the database (reads: whether the result is the workspace's data). */
  applied: (w: TWorld, result: unknown, prep: Record<string, string>, actorKey: TActorKey) => Promise<boolean>;
  audit?: string;
};

const inviteEmail = (w: TWorld) => `new-${w.slug}@test.example`;

const ops: TOp[] = [
  {
    name: "getWorkspace",
    allowed: ["viewer", "editor", "reviewer", "admin", "owner"],
    run: (w, actor) => getWorkspace({ actor, workspaceSlug: w.slug }),
    applied: async (w, r) => (r as { id: string } | undefined)?.id === w.ws.id,
  },
  {
    name: "listMembers",
    allowed: ["viewer", "editor", "reviewer", "admin", "owner"],
    run: (w, actor) => listMembers({ actor, workspaceSlug: w.slug }),
    applied: async (w, r) => Array.isArray(r) && r.length === 7 && r.some((m) => m.userId === w.target.id),
  },
  {
    name: "updateWorkspaceSettings",
    allowed: ["admin", "owner"],
    run: (w, actor) => updateWorkspaceSettings({ actor, workspaceSlug: w.slug, name: "Renamed", requiredApprovals: 3 }),
    applied: async (w) => {
      const ws = await db.workspace.findUniqueOrThrow({ where: { id: w.ws.id } });
      return ws.name === "Renamed" && ws.requiredApprovals === 3;
    },
    audit: "workspace.updated",
  },
  {
    name: "listInvitations",
    allowed: ["admin", "owner"],
    prepare: async (w) => {
      const { invitation } = await createInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, email: inviteEmail(w), role: "VIEWER" });
      return { invitationId: invitation.id };
    },
    run: (w, actor) => listInvitations({ actor, workspaceSlug: w.slug }),
    applied: async (_w, r, prep) => Array.isArray(r) && r.length === 1 && r[0].id === prep.invitationId,
  },
  {
    name: "createInvitation (editor)",
    allowed: ["admin", "owner"],
    run: (w, actor) => createInvitation({ actor, workspaceSlug: w.slug, email: inviteEmail(w), role: "EDITOR" }),
    applied: async (w) => (await db.invitation.count({ where: { workspaceId: w.ws.id, email: inviteEmail(w), role: "EDITOR" } })) === 1,
    audit: "invitation.created",
  },
  {
    name: "createInvitation (owner)",
    allowed: ["owner"],
    run: (w, actor) => createInvitation({ actor, workspaceSlug: w.slug, email: inviteEmail(w), role: "OWNER" }),
    applied: async (w) => (await db.invitation.count({ where: { workspaceId: w.ws.id, email: inviteEmail(w) } })) === 1,
    audit: "invitation.created",
  },
  {
    name: "revokeInvitation",
    allowed: ["admin", "owner"],
    prepare: async (w) => {
      const { invitation } = await createInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, email: inviteEmail(w), role: "EDITOR" });
      return { invitationId: invitation.id };
    },
    run: (w, actor, prep) => revokeInvitation({ actor, workspaceSlug: w.slug, invitationId: prep.invitationId! }),
    applied: async (_w, _r, prep) => (await db.invitation.findUniqueOrThrow({ where: { id: prep.invitationId } })).revokedAt !== null,
    audit: "invitation.revoked",
  },
  {
    name: "changeMemberRole (editor → reviewer)",
    allowed: ["admin", "owner"],
    run: (w, actor) => changeMemberRole({ actor, workspaceSlug: w.slug, userId: w.target.id, role: "REVIEWER" }),
    applied: async (w) => (await roleOf(w.ws.id, w.target.id)) === "REVIEWER",
    audit: "member.role_changed",
  },
  {
    name: "changeMemberRole (editor → owner)",
    allowed: ["owner"],
    run: (w, actor) => changeMemberRole({ actor, workspaceSlug: w.slug, userId: w.target.id, role: "OWNER" }),
    applied: async (w) => (await roleOf(w.ws.id, w.target.id)) === "OWNER",
    audit: "member.role_changed",
  },
  {
    name: "changeMemberRole (owner → admin)",
    allowed: ["owner"],
    run: (w, actor) => changeMemberRole({ actor, workspaceSlug: w.slug, userId: w.coOwner.id, role: "ADMIN" }),
    applied: async (w) => (await roleOf(w.ws.id, w.coOwner.id)) === "ADMIN",
    audit: "member.role_changed",
  },
  {
    name: "removeMember (editor)",
    allowed: ["admin", "owner"],
    run: (w, actor) => removeMember({ actor, workspaceSlug: w.slug, userId: w.target.id }),
    applied: async (w) => (await roleOf(w.ws.id, w.target.id)) === null,
    audit: "member.removed",
  },
  {
    name: "removeMember (owner)",
    allowed: ["owner"],
    run: (w, actor) => removeMember({ actor, workspaceSlug: w.slug, userId: w.coOwner.id }),
    applied: async (w) => (await roleOf(w.ws.id, w.coOwner.id)) === null,
    audit: "member.removed",
  },
  {
    name: "leaveWorkspace",
    allowed: ["viewer", "editor", "reviewer", "admin", "owner"],
    run: (w, actor) => leaveWorkspace({ actor, workspaceSlug: w.slug }),
    // Seven members to begin with: leaving shows as six, and as the actor's membership gone.
    applied: async (w, _r, _p, key) => (await db.membership.count({ where: { workspaceId: w.ws.id } })) === 6 && (await roleOf(w.ws.id, w[key].id)) === null,
    audit: "member.left",
  },
  {
    name: "listAuditEvents",
    allowed: ["admin", "owner"],
    prepare: async (w) => {
      await updateWorkspaceSettings({ actor: actorOf(w.owner), workspaceSlug: w.slug, name: "Audited" });
      return {};
    },
    run: (w, actor) => listAuditEvents({ actor, workspaceSlug: w.slug }),
    applied: async (w, r) => {
      const events = (r as { events?: { action: string; actor: { id: string } | null }[] } | undefined)?.events ?? [];
      return events.length === 1 && events[0]!.action === "workspace.updated" && events[0]!.actor?.id === w.owner.id;
    },
  },
  {
    name: "deleteWorkspace",
    allowed: ["owner"],
    run: (w, actor) => deleteWorkspace({ actor, workspaceSlug: w.slug, confirmSlug: w.slug }),
    applied: async (w) => (await db.workspace.findUnique({ where: { id: w.ws.id } })) === null,
  },
];

describe("authorization matrix: every workspace operation × role", () => {
  for (const op of ops) {
    describe(op.name, () => {
      for (const key of ACTORS) {
        const allowed = op.allowed.includes(key);
        const expected = allowed ? "OK" : key === "outsider" ? "NOT_FOUND" : "FORBIDDEN";
        it(`${key}: ${expected}`, async () => {
          const w = await workspaceWithEveryRole();
          const prep = (await op.prepare?.(w)) ?? {};
          const auditBefore = op.audit ? await auditCount(w.ws.id, op.audit) : 0;
          let result: unknown;
          const code = await codeOf(op.run(w, actorOf(w[key]), prep).then((r) => (result = r)));
          expect(code).toBe(expected);
          expect(await op.applied(w, result, prep, key)).toBe(allowed);
          if (op.audit) {
            const after = await auditCount(w.ws.id, op.audit);
            expect(after - auditBefore).toBe(allowed ? 1 : 0);
            if (allowed) {
              const ev = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: op.audit }, orderBy: { id: "desc" } });
              expect(ev.actorId).toBe(w[key].id);
            }
          }
        });
      }
    });
  }

  it("an unknown or malformed workspace slug is NOT_FOUND for everyone", async () => {
    const w = await workspaceWithEveryRole();
    for (const slug of [`nope-${randomUUID().slice(0, 8)}`, "", "../etc"]) {
      expect(await codeOf(getWorkspace({ actor: actorOf(w.owner), workspaceSlug: slug }))).toBe("NOT_FOUND");
      expect(await codeOf(listMembers({ actor: actorOf(w.owner), workspaceSlug: slug }))).toBe("NOT_FOUND");
    }
  });
});
