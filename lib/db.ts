import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/** The one Prisma client. Cached on globalThis so dev hot reloads do not open a pool per reload. */
const globalForDb = globalThis as unknown as { factdeskPrisma?: PrismaClient };

function create(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

function client(): PrismaClient {
  return (globalForDb.factdeskPrisma ??= create());
}

/**
 * Created on first use, not at import: `next build` imports route modules without a database
 * configured, and must not fail for it.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

/** A transaction client, as handed to `db.$transaction(async (tx) => …)`. Pass it down to keep writes atomic. */
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
