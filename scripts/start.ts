import { bootDatabase, runServer } from "./lib/boot";

// `npm start`: the built app (`npm run build` first) on the same database bootstrap as dev.
// E2E_FRESH_DB=1 gives end-to-end tests a database of their own, recreated on every start.
const port = Number(process.env.PORT ?? 3000);
const fresh = process.env.E2E_FRESH_DB === "1";
const database = await bootDatabase(
  fresh ? { dataDir: ".data/e2e-pg", database: "factdesk_e2e", fresh: true } : { dataDir: ".data/pg", database: "factdesk" },
).catch((e: unknown) => {
  // A setup problem (data dir in use, database unreachable) is a message, not a stack trace.
  console.error(`\x1b[31m[factdesk]\x1b[0m ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
await runServer("start", database, { port });
