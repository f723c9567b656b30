import { defineConfig } from "vitest/config";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql instance for everything: graphql-query-complexity's ESM build imports
    // graphql/index.mjs and graphql/execution/values.mjs, which would load a second copy ("another
    // module or realm"); every graphql path goes to its CommonJS file.
    alias: [
      { find: /^graphql$/, replacement: require.resolve("graphql") },
      { find: /^graphql\/(.+?)(\.m?js)?$/, replacement: `${path.dirname(require.resolve("graphql"))}/$1.js` },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
    server: { deps: { inline: ["graphql-query-complexity"] } },
  },
});
