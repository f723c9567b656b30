// The limit for bench:graphql: node:http and one hand-written SQL statement per request (sql/<id>.sql),
// sent as a named prepared statement on a pg pool of 10; PostgreSQL builds the JSON text of the
// response, which is written as it comes. No GraphQL parsing, validation or execution.
//   DATABASE_URL=postgres://... PORT=5602 node -r @swc-node/register bench/graphql/raw-server.ts
// Routes: GET or POST /q1, /q2, /q3 (the body, if any, is ignored).
import fs from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { Pool, type PoolClient } from "pg";
import { countStatements } from "./statements";

const port = Number(process.env.PORT ?? 5602);
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on("connect", (client: PoolClient) => countStatements(client));

const sqlDir = path.join(__dirname, "sql");
const routes = new Map<string, { name: string; text: string }>(
  fs.readdirSync(sqlDir).filter((f) => f.endsWith(".sql")).map((f) => {
    const id = path.basename(f, ".sql");
    return [`/${id}`, { name: `bench_graphql_${id}`, text: fs.readFileSync(path.join(sqlDir, f), "utf8") }] as [string, { name: string; text: string }];
  }),
);

const server = createServer((req, res) => {
  req.resume();
  const route = routes.get((req.url ?? "/").split("?")[0]);
  if (!route) {
    res.writeHead(404, { "content-type": "application/json" }).end(`{"error":"no such route"}`);
    return;
  }
  pool.query({ name: route.name, text: route.text, rowMode: "array" }).then(
    (result) => {
      const body: string = result.rows[0][0];
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) }).end(body);
    },
    (err: Error) => {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: err.message }] }));
    },
  );
});
server.on("error", (err) => {
  console.error(err);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => console.log(`raw SQL listening on http://127.0.0.1:${port}/ (${[...routes.keys()].join(", ")})`));
const stop = () => {
  server.close();
  pool.end().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
