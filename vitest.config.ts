// Two projects: `unit` (no database, runs in parallel) and `integration` (API and ingest tests against one
// real Neo4j that tests/global-setup.ts starts once; files run one after another because they share it).
import { defineConfig } from "vitest/config";

// graphql 16 has no "exports" map: Node resolves it to the CommonJS build for every dependency, while Vite would
// resolve our own imports to index.mjs - two graphql realms, and "Cannot use GraphQLSchema from another module".
// Pinning our imports to the CommonJS entry keeps one realm, as under Node and tsx.
const resolve = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts", "tests/api/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
