// `npm run db:seed`: seeds DATABASE_URL with the demo workspace, once.
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set. (`npm run dev` seeds its embedded database by itself.)");
  process.exit(2);
}
const { seedDemo } = await import("@/lib/server/seed/seed-demo");
const { seeded } = await seedDemo();
console.log(seeded ? "seeded demo data" : "demo data already present; nothing to do");
process.exit(0);

export {};
