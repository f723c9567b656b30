import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withStatementBudget } from "../src/core/db/statement-budget";
import { databaseTargets, type TestDatabase } from "./support/databases";
import { asLimitError } from "../src/server/limit-errors";

const embedded = databaseTargets().find((t) => t.name === "embedded")!;

// PGlite runs a statement to its end; the budget stops a request between its statements.
describe("the statement time budget on the embedded database", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await embedded.open();
    await t.db.query("CREATE TABLE budget_probe (n int)");
  });
  afterAll(() => t?.close());

  it("refuses a request's next statement once its statements have used the budget, with PostgreSQL's error", async () => {
    const outcome = await withStatementBudget(200, async () => {
      await t.db.query("SELECT pg_sleep(0.25)");
      return t.db.query("SELECT 1 AS one").then(
        () => "ran",
        (err: { driverError?: { code?: string; message?: string } }) => `${err.driverError?.code} ${err.driverError?.message}`,
      );
    });
    expect(outcome).toBe("57014 canceling statement due to statement timeout");
    // Outside that request, and in another one with its own budget, statements run as usual.
    expect(await t.db.query("SELECT 2 AS two")).toEqual([{ two: 2 }]);
    expect(await withStatementBudget(200, () => t.db.query("SELECT 3 AS three"))).toEqual([{ three: 3 }]);
  });

  it("lets a stopped transaction roll back, so nothing of it is kept and the session is free", async () => {
    const failed = await withStatementBudget(200, () =>
      t.db
        .transaction(async (em) => {
          await em.query("INSERT INTO budget_probe VALUES (1)");
          await em.query("SELECT pg_sleep(0.25)");
          await em.query("INSERT INTO budget_probe VALUES (2)");
        })
        .then(
          () => null,
          (err: { driverError?: { code?: string } }) => err.driverError?.code,
        ),
    );
    expect(failed).toBe("57014");
    expect(await t.db.query("SELECT count(*)::int AS n FROM budget_probe")).toEqual([{ n: 0 }]);
    await t.db.query("INSERT INTO budget_probe VALUES (3)");
    expect(await t.db.query("SELECT sum(n)::int AS s FROM budget_probe")).toEqual([{ s: 3 }]);
    await t.db.query("DELETE FROM budget_probe");
  });

  it("is reported to callers as PostgreSQL's statement timeout is", async () => {
    const err = await withStatementBudget(1, async () => {
      await t.db.query("SELECT pg_sleep(0.01)");
      return t.db.query("SELECT 1").catch((e: unknown) => e);
    });
    const formatted = asLimitError({ message: "internal" }, err, 1);
    expect(formatted).toEqual({
      locations: undefined,
      path: undefined,
      message: "The database cancelled this query after the statement timeout of 1 ms: narrow the period, the filters or the page",
      extensions: { code: "QUERY_TOO_COMPLEX" },
    });
  });
});
