import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

/** The signed-in user's own profile (what the nav and GET /api/me show). */
export async function getMe({ actor }: { actor: TActor }) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true, name: true } });
  // A deleted user with a still-valid credential: treat as signed out rather than 404.
  if (!user) throw new AppError("UNAUTHENTICATED", "Your account no longer exists. Sign in again.");
  return user;
}
