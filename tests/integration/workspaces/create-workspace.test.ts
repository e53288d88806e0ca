import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createWorkspace } from "@/lib/server/workspaces/create-workspace";
import { listMyWorkspaces } from "@/lib/server/workspaces/list-my-workspaces";
import { actorOf, auditCount, codeOf, createUser, roleOf } from "./fixtures";

describe("createWorkspace", () => {
  it("makes the creator its owner, derives the slug and records workspace.created", async () => {
    const u = await createUser();
    const name = `Harbour Desk ${randomUUID().slice(0, 6)}`;
    const ws = await createWorkspace({ actor: actorOf(u), name });
    expect(ws.slug).toBe(name.toLowerCase().replace(/ /g, "-"));
    expect(await roleOf(ws.id, u.id)).toBe("OWNER");
    expect(await auditCount(ws.id, "workspace.created")).toBe(1);
    const mine = await listMyWorkspaces({ actor: actorOf(u) });
    expect(mine).toEqual([expect.objectContaining({ slug: ws.slug, name, role: "OWNER", memberCount: 1 })]);
  });

  it("takes a given slug (lowercased) and refuses it when taken: CONFLICT, nothing written", async () => {
    const u = await createUser();
    const slug = `desk-${randomUUID().slice(0, 8)}`;
    await createWorkspace({ actor: actorOf(u), name: "One", slug: slug.toUpperCase() });
    expect(await db.workspace.count({ where: { slug } })).toBe(1);
    const before = await db.workspace.count();
    const err = await createWorkspace({ actor: actorOf(u), name: "Two", slug }).catch((e) => e);
    expect(err.code).toBe("CONFLICT");
    expect(err.fieldErrors).toEqual({ slug: [expect.stringMatching(/already taken/)] });
    expect(await db.workspace.count()).toBe(before);
  });

  it("derives a different free slug when the plain one is taken, reserved or too short", async () => {
    const u = await createUser();
    const name = `Twin ${randomUUID().slice(0, 6)}`;
    const a = await createWorkspace({ actor: actorOf(u), name });
    const b = await createWorkspace({ actor: actorOf(u), name });
    expect(b.slug).not.toBe(a.slug);
    expect(b.slug.startsWith(a.slug + "-")).toBe(true);
    expect((await createWorkspace({ actor: actorOf(u), name: "Dashboard" })).slug).toMatch(/^dashboard-[0-9a-f]{6}$/);
    expect((await createWorkspace({ actor: actorOf(u), name: "!!" })).slug).toMatch(/^[0-9a-f]{6}$/);
  });

  it.each<[{ name: string; slug?: string }, string]>([
    [{ name: "" }, "empty name"],
    [{ name: "x".repeat(81) }, "long name"],
    [{ name: "Fine", slug: "api" }, "reserved slug"],
    [{ name: "Fine", slug: "no spaces" }, "malformed slug"],
    [{ name: "Fine", slug: "ab" }, "short slug"],
  ])("refuses %o (%s) with BAD_REQUEST and writes nothing", async (input) => {
    const u = await createUser();
    expect(await codeOf(createWorkspace({ actor: actorOf(u), ...input }))).toBe("BAD_REQUEST");
    expect(await db.membership.count({ where: { userId: u.id } })).toBe(0);
  });

  it("lists only the actor's own workspaces", async () => {
    const a = await createUser();
    const b = await createUser();
    await createWorkspace({ actor: actorOf(a), name: "A's desk" });
    await createWorkspace({ actor: actorOf(b), name: "B's desk" });
    const mine = await listMyWorkspaces({ actor: actorOf(a) });
    expect(mine.map((w) => w.name)).toEqual(["A's desk"]);
  });
});
