import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed clients from the committed schema file: runs offline, no server needed. One for the
// examples (documents as typed ASTs), one for the dashboard and explorer in web/ (documents as typed
// strings: no graphql-js in the page's bundle).
const scalars = { Date: "string", DateTime: "string", NonNegativeInt: "number" };

const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "generated/": {
      documents: ["examples/**/*.ts"],
      preset: "client",
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
    },
    "web/src/gql/": {
      documents: ["web/src/**/*.{ts,tsx}", "!web/src/gql/**"],
      preset: "client",
      // The page reads fragments' fields directly: no masking.
      presetConfig: { fragmentMasking: false },
      config: { scalars, enumsAsTypes: true, useTypeImports: true, documentMode: "string" },
    },
  },
};

export default config;
