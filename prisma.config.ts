import { defineConfig } from "prisma/config";

// Prisma reads the schema from here. Migrations are applied by our own runner
// (scripts/db-migrate.ts), because Prisma's migration engine is a binary we cannot download.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
