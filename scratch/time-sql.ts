import "reflect-metadata";
import fs from "node:fs";
import { parse, execute } from "graphql";
import pg from "pg";
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
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL }); await client.connect();
  const variants: Record<string, (t: string) => string> = { as_is: (t) => t, no_count: (t) => t.replace(/CROSS JOIN LATERAL \(SELECT count\(\*\)::int AS __total FROM \(.*?\) c\) t/s, "").replace("t.__total", "0") };
  for (const [i, [t, v]] of seen.entries()) for (const [name, f] of Object.entries(variants)) {
    const text = f(t);
    for (let k = 0; k < 20; k++) await client.query({ name: `s${i}${name}`, text, values: v });
    const n = 200; const t0 = performance.now();
    for (let k = 0; k < n; k++) await client.query({ name: `s${i}${name}`, text, values: v });
    console.log(i, name, ((performance.now() - t0) / n).toFixed(3), "ms/statement (round trip)");
  }
  await client.end(); await db.destroy();
}
main();
