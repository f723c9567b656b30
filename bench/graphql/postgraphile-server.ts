// PostGraphile v5 over peaceops's tables, for bench:graphql: the amber preset with @graphile/pg-aggregates
// and postgraphile-plugin-connection-filter, served by grafserv on node:http at /graphql (no GraphiQL,
// no watch mode, no explain). A pg pool of 10, as peaceops's. Every column is filterable and orderable
// (PgIndexBehaviorsPlugin off: Q2 filters on officer.gender, which has no index).
//   DATABASE_URL=postgres://... PORT=5601 node -r @swc-node/register bench/graphql/postgraphile-server.ts
// Statements sent to PostgreSQL (transaction control and session settings left out, as peaceops
// counts them) are counted at the pg client and read through bench/graphql/alloc-probe.cjs.
import "./polyfills";
import { createServer } from "node:http";
import { Pool, type PoolClient } from "pg";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { countStatements } from "./statements";

const port = Number(process.env.PORT ?? 5601);
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on("connect", (client: PoolClient) => countStatements(client));

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, PgAggregatesPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ pool, schemas: ["public"] })],
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  schema: { connectionFilterRelations: true },
  grafserv: { port, graphiql: false, watch: false, graphqlPath: "/graphql" },
  grafast: { explain: false },
};

async function main(): Promise<void> {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  await serv.addTo(server);
  server.on("error", (err) => {
    console.error(err);
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => console.log(`postgraphile listening on http://127.0.0.1:${port}/graphql`));
  const stop = () => {
    server.close();
    Promise.resolve(pgl.release()).finally(() => pool.end()).finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
