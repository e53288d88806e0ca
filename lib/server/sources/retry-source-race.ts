import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs a transaction that may create a URL source, once more if it lost a race: two people adding
 * the same new URL at once both find no row, both insert, and the unique index on
 * (workspaceId, normalizedUrl) fails the second insert (P2002), which aborts its transaction. Run
 * again, the transaction finds the row the winner committed, so the race ends in one source.
 */
export async function retrySourceRace<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return run();
    throw e;
  }
}
