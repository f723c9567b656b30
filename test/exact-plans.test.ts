import pg from "pg";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "../src/core/db/data-source";
import { exactName, PER_CONNECTION, withLiterals } from "../src/core/db/exact-plans";
import { readsOf } from "../src/core/db/reads";
import { metered } from "../src/core/db/statement-meter";
import { newSqlCost } from "../src/core/db/sql-trace";
import { databaseTargets, type TestDatabase } from "./support/databases";

// pg's own text form of a parameter value (not in its type declarations).
const prepareValue = (pg as unknown as { utils: { prepareValue(v: unknown): string } }).utils.prepareValue;

describe("a report's values written as literals", () => {
  it("are the text pg sends for each parameter, quoted", () => {
    const tricky = ['a"b', "c\\d", null, "it's", 5, true, "{x,y}"];
    expect(withLiterals("SELECT $1", [tricky])).toBe(`SELECT ${pg.escapeLiteral(prepareValue(tricky))}`);
    expect(withLiterals("SELECT $1, $2, $3, $4", ["o'clock", 12, false, null])).toBe("SELECT 'o''clock', '12', 'false', NULL");
    // A backslash doubled in an E'' string (pg's escapeLiteral puts a space before the E).
    expect(withLiterals("SELECT $1", ["back\\slash"])).toBe("SELECT  E'back\\\\slash'");
  });

  it("replace $10 as itself, not as $1 followed by 0", () => {
    const values = Array.from({ length: 10 }, (_, i) => `v${i + 1}`);
    expect(withLiterals("SELECT $10, $1", values)).toBe("SELECT 'v10', 'v1'");
  });

  it("are not written when a value has no plain text form or a placeholder no value", () => {
    expect(withLiterals("SELECT $1", [Buffer.from("x")])).toBeUndefined();
    expect(withLiterals("SELECT $1", [{ a: 1 }])).toBeUndefined();
    expect(withLiterals("SELECT $2", ["only one"])).toBeUndefined();
    expect(withLiterals("SELECT $$x$$, $1", ["y"])).toBeUndefined();
  });
});

// What a report statement of two values reads back; the same text with other values is another statement.
const ECHO = `SELECT $1::text AS a, $2::text[] AS b, $3::int + 1 AS c, $4::date AS d, $5::boolean AS e, $6::text IS NULL AS f`;
const HELD = `SELECT $1::int AS n, (SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'peaceops_x_%')::int AS held,
  (SELECT coalesce(array_agg(name::text), '{}') FROM pg_prepared_statements WHERE name LIKE 'peaceops_x_%') AS names`;
const nameOf = (n: number) => exactName(withLiterals(HELD, [n])!);

describe.each(databaseTargets())("reports planned once for their values, on the $name database", (target) => {
  let database: TestDatabase;
  // One connection: what it holds is what every statement sees.
  let single: DataSource;
  beforeAll(async () => {
    database = await target.open();
    single = database.url ? createDataSource({ url: database.url, poolSize: 1 }) : database.db;
    if (single !== database.db) await single.initialize();
  });
  afterAll(async () => {
    if (single && single !== database?.db) await single.destroy();
    await database?.close();
  });

  it("read back what parameters would, whatever the quotes and backslashes", async () => {
    const values = ["'; DROP TABLE mission; --", ['a"b', "c\\d", "it's", null], 41, "2024-02-29", true, null];
    const raw = await database.db.query(ECHO, values);
    const exact = await readsOf(database.db, { prepare: false }).query(ECHO, values);
    expect(exact).toEqual([{ a: "'; DROP TABLE mission; --", b: ['a"b', "c\\d", "it's", null], c: 42, d: "2024-02-29", e: true, f: true }]);
    expect(exact).toEqual(raw);
    // The mission table is still there.
    expect((await database.db.query("SELECT count(*)::int AS n FROM mission"))[0].n).toBe(0);
  });

  it(`keep at most ${PER_CONNECTION} per connection, the least recently used let go, none counted as the request's`, async () => {
    await single.query("DEALLOCATE ALL");
    const cost = newSqlCost();
    const reads = metered(readsOf(single, { prepare: false }), { cost });
    const total = PER_CONNECTION + 8;
    for (let n = 1; n <= total; n++) {
      const [row] = await reads.query(HELD, [n]);
      expect(row.n).toBe(n);
      expect(row.held).toBe(Math.min(n, PER_CONNECTION));
      if (n === PER_CONNECTION) {
        // Statement 1 used again: now the most recent, it outlives statement 2.
        expect((await reads.query(HELD, [1]))[0].held).toBe(PER_CONNECTION);
      }
    }
    const [last] = await reads.query(HELD, [total]);
    const held = new Set(last.names as string[]);
    expect(held.size).toBe(PER_CONNECTION);
    expect(held.has(nameOf(1))).toBe(true);
    expect(held.has(nameOf(2))).toBe(false);
    expect(held.has(nameOf(total))).toBe(true);
    // 40 statements and the two asked again; the DEALLOCATEs are the connection's, not counted.
    expect(cost.statements).toBe(total + 2);
    // A statement let go is prepared again when asked for.
    expect((await reads.query(HELD, [2]))[0]).toMatchObject({ n: 2, held: PER_CONNECTION });
  });

  it("answer each caller its own values under concurrent mixed load, next to the prepared reads", async () => {
    const reports = readsOf(database.db, { prepare: false });
    const reads = readsOf(database.db);
    const asks = Array.from({ length: 240 }, (_, i) => {
      const n = (i * 7) % 60;
      return i % 3 === 2
        ? reads.query("SELECT $1::int * 3 AS x", [n]).then((rows) => expect(rows).toEqual([{ x: n * 3 }]))
        : reports.query(HELD, [n]).then(([row]) => {
            expect(row.n).toBe(n);
            expect(row.held).toBeLessThanOrEqual(PER_CONNECTION);
            expect(row.names).toContain(nameOf(n));
          });
    });
    await Promise.all(asks);
  });
});
