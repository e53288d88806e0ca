import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/** The one Prisma client. Cached on globalThis so dev hot reloads do not open a pool per reload. */
const globalForDb = globalThis as unknown as { factdeskPrisma?: PrismaClient };

type TAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type TTransaction = Awaited<ReturnType<TAdapter["startTransaction"]>>;

/**
 * Prisma reads a select's relations in parallel. Outside a transaction each read takes its own
 * pooled connection; inside one they all land on the transaction's single connection, where pg
 * queues them anyway but warns that pg 9 will refuse ("client.query() while already executing").
 * Queuing them here instead does the same work in the same order.
 */
function oneQueryAtATime(tx: TTransaction): TTransaction {
  let tail: Promise<unknown> = Promise.resolve();
  const queued = <T>(run: () => Promise<T>): Promise<T> => {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  tx.queryRaw = (query) => queued(() => queryRaw(query));
  tx.executeRaw = (query) => queued(() => executeRaw(query));
  return tx;
}

function create(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE });
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const driver = await connect();
    const startTransaction = driver.startTransaction.bind(driver);
    driver.startTransaction = async (isolationLevel) => oneQueryAtATime(await startTransaction(isolationLevel));
    return driver;
  };
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
