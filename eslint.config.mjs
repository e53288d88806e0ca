import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // Layering from docs/ARCHITECTURE.md: only lib/server touches the database client.
    files: ["app/**", "components/**", "lib/domain/**", "lib/editor/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/db", "**/lib/db", "@/lib/generated/*"], message: "Reach data through lib/server." }] }],
    },
  },
  {
    files: ["components/**", "lib/domain/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/server/*", "@/lib/db", "@/lib/generated/*"], message: "components/ and lib/domain never import server code." }] }],
    },
  },
];
export default config;
