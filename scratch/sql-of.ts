import "reflect-metadata";
import fs from "node:fs";
import { parse, execute } from "graphql";
import { createDataSource } from "../src/db/data-source";
import { buildPeaceopsSchema } from "../src/schema/build-schema";
import { createContext } from "../src/server/context";
async function main() {
  const db = createDataSource({ url: process.env.DATABASE_URL }); await db.initialize();
  const schema = buildPeaceopsSchema();
  const ctx = createContext(db, "x", { kind: "key", name: "x", roles: new Set(["ANALYST"]) } as any);
  const seen: [string, unknown[]][] = [];
  const q = ctx.reads.query.bind(ctx.reads);
  ctx.reads.query = async (t: string, v?: unknown[]) => { seen.push([t, v ?? []]); return q(t, v); };
  const loaders = ctx.loaders;
  await execute({ schema, document: parse(fs.readFileSync(process.argv[2], "utf8")), contextValue: ctx });
  for (const [t, v] of seen) {
    const r = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${t}`, v);
    console.log("----", t.replace(/\s+/g, " ").slice(0, 300), "\n", r.map((x: any) => x["QUERY PLAN"]).filter((l: string) => /Execution|Planning|^\S/.test(l)).join("\n"));
  }
  await db.destroy();
}
main();
