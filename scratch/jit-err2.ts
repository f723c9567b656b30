import "reflect-metadata";
import { parse } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { createDataSource } from "../src/db/data-source";
import { buildPeaceopsSchema } from "../src/schema/build-schema";
import { createContext } from "../src/server/context";
async function main() {
  const db = createDataSource({ url: process.env.DATABASE_URL }); await db.initialize();
  const schema = buildPeaceopsSchema();
  const q = process.argv[2];
  const doc = parse(q);
  const c = compileQuery(schema, doc); if (!isCompiledQuery(c)) throw new Error(JSON.stringify(c));
  const r = await c.query(undefined, createContext(db, "x", { kind: "key", name: "x", roles: new Set(["ADMIN"]) } as any), JSON.parse(process.argv[3] ?? "{}"));
  console.log(JSON.stringify(r.data)?.slice(0, 300));
  console.log(JSON.stringify(r.errors?.map(e => [e.message, e.stack?.split("\n").slice(0,5)])));
  await db.destroy();
}
main();
