import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed client from the committed schema file: runs offline, no server needed.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["examples/**/*.ts"],
  ignoreNoDocuments: true,
  generates: {
    "generated/": {
      preset: "client",
      config: {
        scalars: { Date: "string", DateTime: "string", NonNegativeInt: "number" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
