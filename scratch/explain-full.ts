import "reflect-metadata";
import fs from "node:fs";
import { parse, execute } from "graphql";
import { createDataSource } from "../src/db/data-source";
import { buildPeaceopsSchema } from "../src/schema/build-schema";
import { createContext } from "../src/server/context";
async function main() {
  const db = createDataSource({ url: process.env.DATABASE_URL }); await db.initialize();
  const ctx = createContext(db, "x", { kind: "key", name: "x", roles: new Set(["ANALYST"]) } as any);
  const seen: [string, unknown[]][] = [];
  const q = ctx.reads.query.bind(ctx.reads);
  ctx.reads.query = async (t: string, v?: unknown[]) => { seen.push([t, v ?? []]); return q(t, v); };
  await execute({ schema: buildPeaceopsSchema(), document: parse(fs.readFileSync(process.argv[2], "utf8")), contextValue: ctx });
  const [t, v] = seen[Number(process.argv[3] ?? 0)];
  console.log(t);
  const r = await db.query(`EXPLAIN (ANALYZE, TIMING OFF) ${t}`, v);
  console.log(r.map((x: any) => x["QUERY PLAN"]).join("\n"));
  await db.destroy();
}
main();
