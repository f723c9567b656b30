/**
 * The import rules of peaceops's layers (docs/architecture.md), checked by `npm run lint:deps`:
 *   core  <  graphql  <  export  <  report  <  server  <  cli   (each may import those to its left only)
 * The core knows no GraphQL and no HTTP; nothing imports an adapter from below; no two folders
 * import each other, directly or through others.
 */
const TRANSPORT = "(graphql|graphql-[a-z-]+|type-graphql|@apollo|@as-integrations|@escape\\.tech|express|cors|helmet)";

/** The layers, lowest first; the server's configuration (src/config.ts) belongs to the top two. */
const LAYERS = ["core", "graphql", "export", "report", "server", "cli"];

/** A layer imports no layer above it. */
function layerRule(layer, i) {
  const above = LAYERS.slice(i + 1);
  const config = above.includes("server") && layer !== "server" ? "|config\\.ts$" : "";
  return {
    name: `${layer}-below-${above.join("-")}`,
    severity: "error",
    comment: `src/${layer} imports none of ${above.map((l) => `src/${l}`).join(", ")}${config ? " nor src/config.ts" : ""}.`,
    from: { path: `^src/${layer}/` },
    to: { path: `^src/((${above.join("|")})/${config})` },
  };
}

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
    ...LAYERS.slice(0, -1).map(layerRule),
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
