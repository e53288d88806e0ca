import { bootDatabase, runServer } from "./lib/boot";

// `npm run dev`: one command for a newcomer — database, migrations, demo data, app.
const port = Number(process.env.PORT ?? 3000);
const database = await bootDatabase({ dataDir: ".data/pg", database: "factdesk" }).catch((e: unknown) => {
  // A setup problem (data dir in use, database unreachable) is a message, not a stack trace.
  console.error(`\x1b[31m[factdesk]\x1b[0m ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
await runServer("dev", database, { port });
