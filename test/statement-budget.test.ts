import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newBudget } from "../src/core/db/statement-budget";
import { readsOf } from "../src/core/db/reads";
import { metered, meteredTransaction, type StatementMeter } from "../src/core/db/statement-meter";
import { databaseTargets, type TestDatabase } from "./support/databases";
import { asLimitError } from "../src/server/limit-errors";

const embedded = databaseTargets().find((t) => t.name === "embedded")!;

// PGlite runs a statement to its end; the budget stops a request between its statements.
describe("the statement time budget on the embedded database", () => {
  let t: TestDatabase;
  const meter = (limitMs: number): StatementMeter => ({ budget: newBudget(limitMs) });
  beforeAll(async () => {
    t = await embedded.open();
    await t.db.query("CREATE TABLE budget_probe (n int)");
  });
  afterAll(() => t?.close());

  it("refuses a request's next statement once its statements have used the budget, with PostgreSQL's error", async () => {
    const request = metered(readsOf(t.db, { prepare: false }), meter(200));
    await request.query("SELECT pg_sleep(0.25)");
    const outcome = await request.query("SELECT 1 AS one").then(
      () => "ran",
      (err: { code?: string; message?: string }) => `${err.code} ${err.message}`,
    );
    expect(outcome).toBe("57014 canceling statement due to statement timeout");
    // Outside that request, and in another one with its own budget, statements run as usual.
    expect(await t.db.query("SELECT 2 AS two")).toEqual([{ two: 2 }]);
    expect(await metered(readsOf(t.db, { prepare: false }), meter(200)).query("SELECT 3 AS three")).toEqual([{ three: 3 }]);
  });

  it("charges a statement's own time, not the time it waited for the connection", async () => {
    // One connection: the second request's statement waits behind the first's 250 ms.
    const first = metered(readsOf(t.db, { prepare: false }), meter(200));
    const second = metered(readsOf(t.db, { prepare: false }), meter(200));
    const [, waited, after] = await Promise.all([first.query("SELECT pg_sleep(0.25)"), second.query("SELECT 1 AS one"), second.query("SELECT 2 AS two")]);
    expect(waited).toEqual([{ one: 1 }]);
    expect(after).toEqual([{ two: 2 }]);
    // The first request has spent its budget.
    await expect(first.query("SELECT 3")).rejects.toMatchObject({ code: "57014" });
  });

  it("lets a stopped transaction roll back, so nothing of it is kept and the session is free", async () => {
    const failed = await meteredTransaction(t.db, meter(200), async (em) => {
      await em.query("INSERT INTO budget_probe VALUES (1)");
      await em.query("SELECT pg_sleep(0.25)");
      await em.query("INSERT INTO budget_probe VALUES (2)");
    }).then(
      () => null,
      (err: { driverError?: { code?: string } }) => err.driverError?.code,
    );
    expect(failed).toBe("57014");
    expect(await t.db.query("SELECT count(*)::int AS n FROM budget_probe")).toEqual([{ n: 0 }]);
    await t.db.query("INSERT INTO budget_probe VALUES (3)");
    expect(await t.db.query("SELECT sum(n)::int AS s FROM budget_probe")).toEqual([{ s: 3 }]);
    await t.db.query("DELETE FROM budget_probe");
  });

  it("is reported to callers as PostgreSQL's statement timeout is", async () => {
    const request = metered(readsOf(t.db, { prepare: false }), meter(1));
    await request.query("SELECT pg_sleep(0.01)");
    const err = await request.query("SELECT 1").catch((e: unknown) => e);
    const formatted = asLimitError({ message: "internal" }, err, 1);
    expect(formatted).toEqual({
      locations: undefined,
      path: undefined,
      message: "The database cancelled this query after the statement timeout of 1 ms: narrow the period, the filters or the page",
      extensions: { code: "QUERY_TOO_COMPLEX" },
    });
  });
});
