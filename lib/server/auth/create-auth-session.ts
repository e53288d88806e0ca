import "server-only";
import { db } from "@/lib/db";

/** Opens the server-side record of a signed-in browser; its id travels in the JWT as `sid`. */
export async function createAuthSession({ userId, userAgent, ip }: { userId: string; userAgent?: string | null; ip?: string | null }) {
  const row = await db.authSession.create({
    data: { userId, userAgent: userAgent?.slice(0, 512) || null, ip: ip?.slice(0, 64) || null },
    select: { id: true },
  });
  return row.id;
}
