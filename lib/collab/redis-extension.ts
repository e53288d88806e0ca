import { Redis } from "@hocuspocus/extension-redis";

/**
 * Links collab instances through Redis pub/sub (Hocuspocus' own extension). Redis only carries
 * messages: every instance writes its accepted updates to PostgreSQL itself before acking them.
 */
export function redisExtension(redisUrl: string, name: string): Redis {
  const url = new URL(redisUrl);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
  return new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    identifier: `${name}-${crypto.randomUUID()}`,
    prefix: "factdesk:collab",
    // Our store serialises on the document's row lock; this lock only spares a redundant store.
    lockTimeout: 5_000,
    options: {
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: Number.isFinite(db) ? db : undefined,
      tls: url.protocol === "rediss:" ? {} : undefined,
      maxRetriesPerRequest: 3,
    },
  });
}
