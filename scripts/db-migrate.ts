import { runMigrations } from "@/lib/migrations/run-migrations";

// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. (`npm run dev` migrates its embedded database by itself.)");
    process.exit(2);
  }
  const res = await runMigrations(url, { log: (m) => console.log(m) });
  console.log(`${res.applied.length} applied, ${res.alreadyApplied.length} already applied`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
