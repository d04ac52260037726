// Lint: the recommended JS and type-aware TypeScript rules; generated and vendored trees are ignored.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "tools/neo4j-local/target/", ".neo4j-local/", "coverage/", "schema.graphql"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    files: ["src/cli/**", "scripts/**", "bench/**", "src/server.ts", "src/logger.ts"],
    rules: { "no-console": "off" },
  },
);
