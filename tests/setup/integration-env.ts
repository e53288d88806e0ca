import { inject } from "vitest";

// Must run before any test imports lib/db, which reads DATABASE_URL once.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
