import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { getInvitationByToken } from "@/lib/server/invitations/get-invitation-by-token";
import { listInvitations } from "@/lib/server/invitations/list-invitations";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { actorOf, auditCount, codeOf, createUser, roleOf, workspaceWithEveryRole } from "./fixtures";

const tokenOf = (acceptUrl: string) => acceptUrl.split("/invite/")[1]!;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

async function invited(role: "EDITOR" | "VIEWER" = "EDITOR") {
  const w = await workspaceWithEveryRole();
  const invitee = await createUser("Invitee");
  const res = await createInvitation({ actor: actorOf(w.admin), workspaceSlug: w.slug, email: invitee.email.toUpperCase(), role, origin: "http://localhost:3102" });
  return { w, invitee, res, token: tokenOf(res.acceptUrl) };
}

describe("invitation lifecycle", () => {
  it("create: a 7-day link for the inviter, only the token's sha256 stored, audited", async () => {
    const { w, invitee, res, token } = await invited();
    expect(res.acceptUrl).toMatch(/^http:\/\/localhost:3102\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(res.emailSent).toBe(false);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: res.invitation.id } });
    expect(row.email).toBe(invitee.email.toLowerCase());
    expect(row.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    const ev = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "invitation.created" } });
    expect(ev.targetId).toBe(row.id);
    expect(ev.actorId).toBe(w.admin.id);
    expect(ev.ip).toBe("203.0.113.7");
    expect(JSON.stringify(ev.data)).not.toContain(token);
  });

  it("a second invitation to the same address replaces the pending one; the old link stops working", async () => {
    const { w, invitee, res, token } = await invited();
    const second = await createInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, email: invitee.email, role: "VIEWER" });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: res.invitation.id } })).revokedAt).not.toBeNull();
    const pending = await listInvitations({ actor: actorOf(w.owner), workspaceSlug: w.slug });
    expect(pending.map((p) => p.id)).toEqual([second.invitation.id]);
    expect(await codeOf(acceptInvitation({ actor: actorOf(invitee), token }))).toBe("CONFLICT");
    await acceptInvitation({ actor: actorOf(invitee), token: tokenOf(second.acceptUrl) });
    expect(await roleOf(w.ws.id, invitee.id)).toBe("VIEWER");
  });

  it("inviting someone who is already a member is a CONFLICT and writes nothing", async () => {
    const w = await workspaceWithEveryRole();
    const before = await db.invitation.count({ where: { workspaceId: w.ws.id } });
    const err = await createInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, email: ` ${w.editor.email.toUpperCase()} `, role: "VIEWER" }).catch((e) => e);
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toMatch(/already a member/);
    expect(await db.invitation.count({ where: { workspaceId: w.ws.id } })).toBe(before);
    expect(await auditCount(w.ws.id, "invitation.created")).toBe(0);
  });

  it("bad input is a BAD_REQUEST and writes nothing", async () => {
    const w = await workspaceWithEveryRole();
    expect(await codeOf(createInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, email: "not-an-email", role: "VIEWER" }))).toBe("BAD_REQUEST");
    expect(await codeOf(createInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, email: "a@b.example", role: "KING" as never }))).toBe("BAD_REQUEST");
    expect(await db.invitation.count({ where: { workspaceId: w.ws.id } })).toBe(0);
  });

  it("revoke: the link stops working, the page says revoked, audited once", async () => {
    const { w, invitee, res, token } = await invited();
    await revokeInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, invitationId: res.invitation.id });
    await revokeInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, invitationId: res.invitation.id });
    expect(await auditCount(w.ws.id, "invitation.revoked")).toBe(1);
    const err = await acceptInvitation({ actor: actorOf(invitee), token }).catch((e) => e);
    expect([err.code, err.message]).toEqual(["CONFLICT", expect.stringMatching(/revoked/)]);
    expect((await getInvitationByToken({ actor: null, token })).state).toBe("revoked");
    expect(await roleOf(w.ws.id, invitee.id)).toBeNull();
    expect(await auditCount(w.ws.id, "invitation.accepted")).toBe(0);
  });

  it("an accepted invitation cannot be revoked", async () => {
    const { w, invitee, res, token } = await invited();
    await acceptInvitation({ actor: actorOf(invitee), token });
    expect(await codeOf(revokeInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, invitationId: res.invitation.id }))).toBe("CONFLICT");
    expect(await roleOf(w.ws.id, invitee.id)).toBe("EDITOR");
  });

  it("expired: refused with a clear message, shown as expired, not listed as pending", async () => {
    const { w, invitee, res, token } = await invited();
    await db.invitation.update({ where: { id: res.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const err = await acceptInvitation({ actor: actorOf(invitee), token }).catch((e) => e);
    expect([err.code, err.message]).toEqual(["CONFLICT", expect.stringMatching(/expired/)]);
    expect((await getInvitationByToken({ actor: actorOf(invitee), token })).state).toBe("expired");
    expect(await listInvitations({ actor: actorOf(w.owner), workspaceSlug: w.slug })).toEqual([]);
    expect(await roleOf(w.ws.id, invitee.id)).toBeNull();
  });

  it("someone signed in with another email is told so and nothing changes", async () => {
    const { w, res, token } = await invited();
    const other = await createUser("Someone Else");
    const err = await acceptInvitation({ actor: actorOf(other), token }).catch((e) => e);
    expect(err.code).toBe("FORBIDDEN");
    expect(err.message).toContain(res.invitation.email);
    expect(err.message).toContain(other.email);
    expect(await roleOf(w.ws.id, other.id)).toBeNull();
    expect((await db.invitation.findUniqueOrThrow({ where: { id: res.invitation.id } })).acceptedAt).toBeNull();
    expect(await auditCount(w.ws.id, "invitation.accepted")).toBe(0);
    const page = await getInvitationByToken({ actor: actorOf(other), token });
    expect(page.viewer).toEqual({ email: other.email, emailMatches: false, isMember: false });
  });

  it("accept: joins with the invited role (email compared case-insensitively), audited; accepting twice answers the same", async () => {
    const { w, invitee, res, token } = await invited("VIEWER");
    const page = await getInvitationByToken({ actor: actorOf(invitee), token });
    expect(page).toMatchObject({ workspace: { name: w.ws.name, slug: null }, inviterName: `admin ${w.slug}`, role: "VIEWER", state: "pending", viewer: { emailMatches: true, isMember: false } });

    const first = await acceptInvitation({ actor: actorOf(invitee), token });
    expect(first).toEqual({ workspace: { slug: w.slug, name: w.ws.name }, role: "VIEWER", alreadyMember: false });
    expect(await roleOf(w.ws.id, invitee.id)).toBe("VIEWER");
    const row = await db.invitation.findUniqueOrThrow({ where: { id: res.invitation.id } });
    expect(row.acceptedById).toBe(invitee.id);
    expect(row.acceptedAt).not.toBeNull();

    const again = await acceptInvitation({ actor: actorOf(invitee), token });
    expect(again).toMatchObject({ workspace: { slug: w.slug }, role: "VIEWER", alreadyMember: true });
    expect(await auditCount(w.ws.id, "invitation.accepted")).toBe(1);
    expect((await getInvitationByToken({ actor: actorOf(invitee), token })).state).toBe("accepted");
  });

  it("a used link cannot let a second account in", async () => {
    const { w, invitee, token } = await invited();
    await acceptInvitation({ actor: actorOf(invitee), token });
    const other = await createUser("Late", `late-${randomUUID()}@test.example`);
    expect(await codeOf(acceptInvitation({ actor: actorOf(other), token }))).toBe("CONFLICT");
    expect(await roleOf(w.ws.id, other.id)).toBeNull();
  });

  it("two accepts of one link at once create one membership", async () => {
    const { w, invitee, token } = await invited();
    const results = await Promise.allSettled([acceptInvitation({ actor: actorOf(invitee), token }), acceptInvitation({ actor: actorOf(invitee), token })]);
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await db.membership.count({ where: { workspaceId: w.ws.id, userId: invitee.id } })).toBe(1);
    expect(await auditCount(w.ws.id, "invitation.accepted")).toBe(1);
  });

  it("an unknown or malformed token is NOT_FOUND", async () => {
    const u = await createUser();
    for (const token of ["", "short", "x".repeat(43), "../../etc/passwd"]) {
      expect(await codeOf(acceptInvitation({ actor: actorOf(u), token }))).toMatch(/NOT_FOUND|BAD_REQUEST/);
      expect(await codeOf(getInvitationByToken({ actor: null, token }))).toBe("NOT_FOUND");
    }
    expect(await codeOf(acceptInvitation({ actor: actorOf(u), token: "x".repeat(43) }))).toBe("NOT_FOUND");
  });

  it("an admin cannot invite an owner nor revoke an owner's invitation to become one", async () => {
    const w = await workspaceWithEveryRole();
    expect(await codeOf(createInvitation({ actor: actorOf(w.admin), workspaceSlug: w.slug, email: `o-${randomUUID()}@test.example`, role: "OWNER" }))).toBe("FORBIDDEN");
    const { invitation } = await createInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, email: `o-${randomUUID()}@test.example`, role: "OWNER" });
    expect(await codeOf(revokeInvitation({ actor: actorOf(w.admin), workspaceSlug: w.slug, invitationId: invitation.id }))).toBe("FORBIDDEN");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeNull();
  });
});
