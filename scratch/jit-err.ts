import "reflect-metadata";
import { parse } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { createDataSource } from "../src/db/data-source";
import { buildPeaceopsSchema } from "../src/schema/build-schema";
import { createContext } from "../src/server/context";
async function main() {
  const db = createDataSource({ url: process.env.DATABASE_URL }); await db.initialize();
  const schema = buildPeaceopsSchema();
  const doc = parse(`query($a: String!) { result: countries(filter: { regions: [$a] }) { totalCount edges { node { iso3 } } } }`);
  const c = compileQuery(schema, doc); if (!isCompiledQuery(c)) throw new Error("x");
  const r = await c.query(undefined, createContext(db, "x", { kind: "anonymous", name: null, roles: new Set() }), { a: "%" });
  console.log(JSON.stringify(r.errors?.map(e => [e.message, e.stack?.split("\n").slice(0,6)])));
  await db.destroy();
}
main();
