/**
 * The import rules of peaceops's layers (docs/architecture.md), checked by `npm run lint:deps`:
 *   core  <  graphql  <  export  <  server  <  cli   (each may import those to its left only)
 * The core knows no GraphQL and no HTTP; nothing imports an adapter from below; no two folders
 * import each other, directly or through others.
 */
const TRANSPORT = "(graphql|graphql-[a-z-]+|type-graphql|@apollo|@as-integrations|@escape\\.tech|express|cors|helmet)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-knows-no-transport",
      severity: "error",
      comment: "src/core imports nothing of GraphQL, Apollo, type-graphql or express.",
      from: { path: "^src/core/" },
      to: { path: `node_modules/${TRANSPORT}/` },
    },
    {
      name: "core-imports-no-adapter",
      severity: "error",
      comment: "src/core imports no adapter (graphql, export, server, cli) and not the server's configuration.",
      from: { path: "^src/core/" },
      to: { path: "^src/((graphql|export|server|cli)/|config\\.ts$)" },
    },
    {
      name: "graphql-below-export-server-cli",
      severity: "error",
      comment: "The GraphQL adapter imports only the core.",
      from: { path: "^src/graphql/" },
      to: { path: "^src/((export|server|cli)/|config\\.ts$)" },
    },
    {
      name: "export-below-server-cli",
      severity: "error",
      comment: "The exports import the core and the GraphQL adapter only.",
      from: { path: "^src/export/" },
      to: { path: "^src/((server|cli)/|config\\.ts$)" },
    },
    {
      name: "server-below-cli",
      severity: "error",
      comment: "The HTTP server does not import the command line.",
      from: { path: "^src/server/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "folder-cycle",
      severity: "error",
      comment: "No import cycle between folders.",
      from: { path: "^src/" },
      to: { circular: true },
      scope: "folder",
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "Every import resolves (a rule cannot be dodged by a path the check does not see).",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a type from GraphQL in the core is GraphQL in the core.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["require", "node", "default"] },
  },
};
