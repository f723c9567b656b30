import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarize } from "../examples/mission-deployments";
import { databaseTargets, type TestDatabase } from "./support/databases";
import { loadFixture } from "./support/fixture";
import { startTestApp } from "./support/http";

describe.each(databaseTargets())("the typed-client example against a server on the $name database", (target) => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    database = await target.open();
    await loadFixture(database.db);
    app = await startTestApp(database.db, false);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
  });

  it("summarizes a mission from typed results", async () => {
    // MINUSTAH: 3 deployments (P-001 FEMALE, P-002 MALE, P-003 UNDISCLOSED).
    expect(await summarize(`http://127.0.0.1:${app.port}/graphql`, "MINUSTAH")).toBe(
      "MINUSTAH (United Nations Stabilization Mission in Haiti), led by UN, in Haiti: 3 deployments; 1 of the first 3 by women",
    );
    expect(await summarize(`http://127.0.0.1:${app.port}/graphql`, "NOPE")).toBe("No mission with code NOPE");
  });
});
