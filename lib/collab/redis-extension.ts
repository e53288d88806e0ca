import { Redis } from "@hocuspocus/extension-redis";

/**
 * Hocuspocus' Redis extension without its store lock. The lock exists to stop two instances
 * storing one document at once; our store already serialises on the document's PostgreSQL row
 * lock and merges (never overwrites), so concurrent stores are safe. Worse, a store that finds the
 * lock taken is SKIPPED, not delayed — and a lock left behind by a crashed (SIGKILLed) instance
 * stays taken for its whole timeout — so the newest state could stay only in the write-ahead log
 * while Document.text/content lagged (seen in the SIGKILL test on CI with REDIS_URL set).
 */
class RowLockedRedis extends Redis {
  override async onStoreDocument(): Promise<void> {}
}

/**
 * Links collab instances through Redis pub/sub (Hocuspocus' own extension). Redis only carries
 * messages: every instance writes its accepted updates to PostgreSQL itself before acking them.
 */
export function redisExtension(redisUrl: string, name: string): Redis {
  const url = new URL(redisUrl);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
  return new RowLockedRedis({
    host: url.hostname,
    port: Number(url.port || 6379),
    identifier: `${name}-${crypto.randomUUID()}`,
    prefix: "factdesk:collab",
    options: {
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: Number.isFinite(db) ? db : undefined,
      tls: url.protocol === "rediss:" ? {} : undefined,
      maxRetriesPerRequest: 3,
    },
  });
}
