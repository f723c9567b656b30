import { describe, expect, it } from "vitest";
import { summarize } from "../examples/mission-deployments";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

describe.each(databaseTargets())("the typed-client example against a server on the $name database", (target) => {
  const fx = useFixtureApp(target, { traceSql: false });

  it("summarizes a mission from typed results", async () => {
    // MINUSTAH: 3 deployments (P-001 FEMALE, P-002 MALE, P-003 UNDISCLOSED).
    expect(await summarize(`http://127.0.0.1:${fx.app.port}/graphql`, "MINUSTAH")).toBe(
      "MINUSTAH (United Nations Stabilization Mission in Haiti), led by UN, in Haiti: 3 deployments; 1 of the first 3 by women",
    );
    expect(await summarize(`http://127.0.0.1:${fx.app.port}/graphql`, "NOPE")).toBe("No mission with code NOPE");
  });
});
