import { PgBoss, type SendOptions } from "pg-boss";
import type { TTx } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { JOBS_SCHEMA, type TQueueDefinition } from "./queues";

/**
 * How the app sends on-demand jobs. A process running the worker sends through the worker's own
 * pg-boss (startWorker registers it); any other process (a web service with RUN_WORKER=0, a test)
 * starts a send-only pg-boss on first use: no polling, no maintenance, two connections. Kept on
 * globalThis because Next compiles route handlers into module graphs of their own, and they must
 * find the worker that scripts/server.ts started in the same process.
 */
type TSender = { boss: PgBoss; ready: Promise<PgBoss>; owned: boolean; queues: Map<string, Promise<void>> };

const KEY = Symbol.for("factdesk.jobSender");
const holder = globalThis as unknown as { [KEY]?: TSender };

/** The worker's pg-boss becomes the process's sender (its queues are already declared). */
export function registerJobSender(boss: PgBoss, queues: readonly TQueueDefinition[]): void {
  holder[KEY] = { boss, ready: Promise.resolve(boss), owned: false, queues: new Map(queues.map((q) => [q.name, Promise.resolve()])) };
}

/** Forgets a worker's pg-boss when it stops, so the next send does not use a stopped instance. */
export function unregisterJobSender(boss: PgBoss): void {
  if (holder[KEY]?.boss === boss) delete holder[KEY];
}

function sender(): TSender {
  let s = holder[KEY];
  if (!s) {
    const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: JOBS_SCHEMA, max: 2, supervise: false, schedule: false });
    boss.on("error", (err) => log.error("job sender error", { err }));
    const ready = boss.start();
    s = { boss, ready, owned: true, queues: new Map() };
    holder[KEY] = s;
    // A failed start must not stick: the next send tries again.
    ready.catch(() => {
      if (holder[KEY] === s) delete holder[KEY];
    });
  }
  return s;
}

async function declaredBoss(queue: TQueueDefinition): Promise<PgBoss> {
  const s = sender();
  const boss = await s.ready;
  let declared = s.queues.get(queue.name);
  if (!declared) {
    declared = boss.createQueue(queue.name, queue.options);
    s.queues.set(queue.name, declared);
    declared.catch(() => s.queues.delete(queue.name));
  }
  await declared;
  return boss;
}

/**
 * Sends one job; resolves to its id, or null when the queue's policy refused a duplicate (an
 * exclusive queue with a live job for the same singletonKey). Throws when PostgreSQL is not
 * reachable: callers whose work is already committed log it and leave the rest to a sweeper.
 */
export async function sendJob(queue: TQueueDefinition, data: object, options: SendOptions = {}): Promise<string | null> {
  const boss = await declaredBoss(queue);
  return boss.send(queue.name, data, options);
}

/**
 * Sends one job inside the caller's transaction (a transactional outbox): the job exists exactly
 * when the change that caused it commits, so a rollback never leaves a mail about something that
 * did not happen, and a commit never loses one. pg-boss writes its row through the transaction's
 * connection. Best effort towards the caller: a savepoint keeps a failed insert from aborting the
 * caller's transaction, and a queue that is not ready within `waitMs` is skipped; the caller's
 * sweeper sends what was skipped. Resolves to whether the job was written.
 */
export async function sendJobInTransaction(tx: TTx, queue: TQueueDefinition, data: object, options: SendOptions = {}, waitMs = 3000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  let boss: PgBoss | null;
  try {
    boss = await Promise.race([declaredBoss(queue), timeout]);
  } catch (err) {
    log.warn("job queue not reachable; the sweeper sends it later", { queue: queue.name, err });
    return false;
  } finally {
    clearTimeout(timer);
  }
  if (!boss) {
    log.warn("job queue not ready in time; the sweeper sends it later", { queue: queue.name });
    return false;
  }
  await tx.$executeRawUnsafe("SAVEPOINT factdesk_send_job");
  try {
    const db = { executeSql: async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
    await boss.send(queue.name, data, { ...options, db });
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT factdesk_send_job");
    return true;
  } catch (err) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT factdesk_send_job");
    log.warn("job not written; the sweeper sends it later", { queue: queue.name, err });
    return false;
  }
}

/** Stops a send-only pg-boss this module started (tests and scripts that exit cleanly). */
export async function stopJobSender(): Promise<void> {
  const s = holder[KEY];
  if (!s?.owned) return;
  delete holder[KEY];
  await s.ready.then((b) => b.stop({ graceful: false }), () => undefined);
}
