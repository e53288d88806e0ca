import { bootDatabase, runServer } from "./lib/boot";

// `npm run dev`: one command for a newcomer — database, migrations, demo data, app.
const port = Number(process.env.PORT ?? 3000);
const database = await bootDatabase({ dataDir: ".data/pg", database: "factdesk" });
await runServer("dev", database, { port });
