import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

/** What the account settings page shows about the actor (never the hash itself). */
export async function getAccount({ actor }: { actor: TActor }) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, name: true, createdAt: true, passwordHash: true, accounts: { select: { provider: true } } },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your account no longer exists. Sign in again.");
  const { passwordHash, accounts, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null, oauthProviders: accounts.map((a) => a.provider) };
}
