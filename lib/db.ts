import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/** The one Prisma client. Cached on globalThis so dev hot reloads do not open a pool per reload. */
const globalForDb = globalThis as unknown as { factdeskPrisma?: PrismaClient };

function create(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.factdeskPrisma ?? create();
globalForDb.factdeskPrisma = db;

export type TDb = PrismaClient;
/** A transaction client, as handed to `db.$transaction(async (tx) => …)`. Pass it down to keep writes atomic. */
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
