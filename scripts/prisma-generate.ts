import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

// `prisma generate` needs no engine binary with the prisma-client generator + driver adapter, but
// the CLI still checks that a schema engine path exists; any existing file satisfies the check.
const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const res = spawnSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", ...process.env },
});
process.exit(res.status ?? 1);
