import { describe, expect, it } from "vitest";
import { GET as getWorkspaceRoute, PATCH as patchWorkspaceRoute } from "@/app/api/w/[slug]/route";
import { POST as createInvitationRoute } from "@/app/api/w/[slug]/invitations/route";
import { DELETE as removeMemberRoute } from "@/app/api/w/[slug]/members/[userId]/route";
import { POST as acceptRoute } from "@/app/api/invitations/accept/route";
import { POST as createWorkspaceRoute } from "@/app/api/workspaces/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { actorOf, createUser, roleOf, workspaceWithEveryRole } from "./fixtures";

async function bearer(user: { id: string }) {
  const { secret } = await createApiToken({ actor: actorOf(user), name: "test" });
  return `Bearer ${secret}`;
}

function request(path: string, auth: string, init: { method?: string; body?: unknown; rawBody?: string } = {}) {
  const headers: Record<string, string> = { authorization: auth };
  if (init.body !== undefined || init.rawBody !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost:3000${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
}

const params = <P>(p: P) => ({ params: Promise.resolve(p) });

describe("workspace route handlers (bearer token)", () => {
  it("200 with the workspace for a member", async () => {
    const w = await workspaceWithEveryRole();
    const res = await getWorkspaceRoute(request(`/api/w/${w.slug}`, await bearer(w.viewer)), params({ slug: w.slug }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ workspace: { id: w.ws.id, slug: w.slug, role: "VIEWER", memberCount: 7 } });
  });

  it("404 JSON error for a workspace the caller is not in, and for another workspace's member id", async () => {
    const w = await workspaceWithEveryRole();
    const other = await workspaceWithEveryRole();
    const auth = await bearer(w.owner);
    const res = await getWorkspaceRoute(request(`/api/w/${other.slug}`, auth), params({ slug: other.slug }));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "NOT_FOUND", message: "Workspace not found." } });

    const del = await removeMemberRoute(request(`/api/w/${w.slug}/members/${other.target.id}`, auth, { method: "DELETE" }), params({ slug: w.slug, userId: other.target.id }));
    expect(del.status).toBe(404);
    expect(await del.json()).toEqual({ error: { code: "NOT_FOUND", message: "Member not found." } });
    expect(await roleOf(other.ws.id, other.target.id)).toBe("EDITOR");
  });

  it("403 JSON error when the role does not allow it, and nothing changes", async () => {
    const w = await workspaceWithEveryRole();
    const res = await patchWorkspaceRoute(request(`/api/w/${w.slug}`, await bearer(w.editor), { method: "PATCH", body: { name: "Hijacked" } }), params({ slug: w.slug }));
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.error.code).toBe("FORBIDDEN");
    expect(typeof body.error.message).toBe("string");
    expect((await db.workspace.findUniqueOrThrow({ where: { id: w.ws.id } })).name).toBe(w.ws.name);
  });

  it("400 JSON error with field errors for bad input, malformed JSON and unknown fields", async () => {
    const w = await workspaceWithEveryRole();
    const auth = await bearer(w.owner);
    const bad = await createInvitationRoute(request(`/api/w/${w.slug}/invitations`, auth, { method: "POST", body: { email: "nope", role: "EDITOR" } }), params({ slug: w.slug }));
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.fieldErrors.email).toEqual(["Enter a valid email address."]);

    const malformed = await createInvitationRoute(request(`/api/w/${w.slug}/invitations`, auth, { method: "POST", rawBody: "{nope" }), params({ slug: w.slug }));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/not valid JSON/);

    const unknown = await patchWorkspaceRoute(request(`/api/w/${w.slug}`, auth, { method: "PATCH", body: { slug: "renamed" } }), params({ slug: w.slug }));
    expect(unknown.status).toBe(400);
    expect(await db.invitation.count({ where: { workspaceId: w.ws.id } })).toBe(0);
  });

  it("401 for a bearer token that is not live", async () => {
    const w = await workspaceWithEveryRole();
    const res = await getWorkspaceRoute(request(`/api/w/${w.slug}`, "Bearer fd_pat_not-a-real-token"), params({ slug: w.slug }));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
  });

  it("create a workspace, invite, accept: 201, 201, 200 over the API", async () => {
    const owner = await createUser();
    const invitee = await createUser();
    const created = await createWorkspaceRoute(request("/api/workspaces", await bearer(owner), { method: "POST", body: { name: "API desk" } }), params({}));
    expect(created.status).toBe(201);
    const { workspace } = await created.json();
    const inv = await createInvitationRoute(
      request(`/api/w/${workspace.slug}/invitations`, await bearer(owner), { method: "POST", body: { email: invitee.email, role: "REVIEWER" } }),
      params({ slug: workspace.slug }),
    );
    expect(inv.status).toBe(201);
    const { acceptUrl } = await inv.json();
    expect(acceptUrl).toMatch(/^http:\/\/localhost:3000\/invite\//);
    const token = acceptUrl.split("/invite/")[1];
    const accepted = await acceptRoute(request("/api/invitations/accept", await bearer(invitee), { method: "POST", body: { token } }), params({}));
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ workspace: { slug: workspace.slug, name: "API desk" }, role: "REVIEWER", alreadyMember: false });
    expect(await roleOf(workspace.id, invitee.id)).toBe("REVIEWER");
  });
});
