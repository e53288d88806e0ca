import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { TRole } from "@/lib/domain/roles";
import { toAppError, type TErrorCode } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

export async function createUser(name = "Test User", email = `u-${randomUUID()}@test.example`) {
  return db.user.create({ data: { email, name } });
}

export const actorOf = (user: { id: string }): TActor => ({ userId: user.id, via: "session", ip: "203.0.113.7" });

/** A workspace with one member per role plus a second owner and a spare editor to act on. */
export async function workspaceWithEveryRole() {
  const slug = `ws-${randomUUID().slice(0, 8)}`;
  const ws = await db.workspace.create({ data: { slug, name: `Workspace ${slug}` } });
  const people: Record<"owner" | "coOwner" | "admin" | "editor" | "reviewer" | "viewer" | "target", { id: string; email: string }> & { outsider: { id: string; email: string } } = {} as never;
  const roles: [keyof typeof people, TRole][] = [
    ["owner", "OWNER"], ["coOwner", "OWNER"], ["admin", "ADMIN"], ["editor", "EDITOR"], ["reviewer", "REVIEWER"], ["viewer", "VIEWER"], ["target", "EDITOR"],
  ];
  for (const [key, role] of roles) {
    const u = await createUser(`${key} ${slug}`);
    await db.membership.create({ data: { workspaceId: ws.id, userId: u.id, role } });
    people[key] = u;
  }
  people.outsider = await createUser(`outsider ${slug}`);
  return { ws, slug, ...people };
}

export type TWorld = Awaited<ReturnType<typeof workspaceWithEveryRole>>;

/** The AppError code a promise rejects with (zod errors count as BAD_REQUEST, as at the edge). */
export async function codeOf(p: Promise<unknown>): Promise<TErrorCode | "OK"> {
  try {
    await p;
    return "OK";
  } catch (e) {
    return toAppError(e).code;
  }
}

export const auditCount = (workspaceId: string, action: string) => db.auditEvent.count({ where: { workspaceId, action } });

export const roleOf = async (workspaceId: string, userId: string) =>
  (await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } }))?.role ?? null;
