import "reflect-metadata";
import fs from "node:fs";
import { execute, parse } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { createDataSource } from "../src/db/data-source";
import { buildPeaceopsSchema } from "../src/schema/build-schema";
import { createContext } from "../src/server/context";

async function main() {
  const db = createDataSource({ url: process.env.DATABASE_URL });
  await db.initialize();
  const schema = buildPeaceopsSchema();
  const doc = parse(fs.readFileSync("scratch/q1.graphql", "utf8"));
  const caller = { kind: "key" as const, name: "bench", roles: new Set(["ANALYST" as const]) };
  const ctx = () => createContext(db, "x", caller);
  const compiled = compileQuery(schema, doc);
  if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
  const a = JSON.stringify(await execute({ schema, document: doc, contextValue: ctx() }));
  const b = JSON.stringify(await compiled.query(undefined, ctx(), {}));
  console.log("same:", a === b, a.length, b.length);
  for (let round = 0; round < 3; round++) {
    for (const [name, run] of [["graphql-js", () => execute({ schema, document: doc, contextValue: ctx() })], ["jit", () => compiled.query(undefined, ctx(), {})]] as const) {
      const n = 100;
      const cpu0 = process.cpuUsage();
      for (let i = 0; i < n; i++) JSON.stringify(await (run as () => Promise<unknown>)());
      const cpu = process.cpuUsage(cpu0);
      console.log(name, ((cpu.user + cpu.system) / 1000 / n).toFixed(2), "ms CPU/exec (incl. pg client + stringify)");
    }
  }
  await db.destroy();
}
main();
