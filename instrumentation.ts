/** Runs once when a Next server process starts (custom server, `next start`, standalone). */
export async function register() {
  // The guard is Node's HTTP server; Next also calls this for its edge runtime, which has none.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ trustProxy }, { guardForwardedHeaders }] = await Promise.all([import("@/lib/env"), import("@/lib/server/http/request-ip")]);
  guardForwardedHeaders({ trustProxy: trustProxy() });
}
