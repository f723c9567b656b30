import { describe, expect, it } from "vitest";
import { summarize } from "../examples/mission-deployments";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

describe.each(databaseTargets())("the typed-client example against a server on the $name database", (target) => {
  const fx = useFixtureApp(target, { traceSql: false });

  it("summarizes a mission from typed results", async () => {
    const url = `http://127.0.0.1:${fx.app.port}/graphql`;
    // MINUSTAH: 3 deployments (P-001 FEMALE, P-002 MALE, P-003 UNDISCLOSED).
    expect(await summarize(url, "MINUSTAH", fx.tokens.ANALYST)).toBe(
      "MINUSTAH (United Nations Stabilization Mission in Haiti), led by UN, in Haiti: 3 deployments; 1 of the first 3 by women",
    );
    expect(await summarize(url, "NOPE", fx.tokens.ANALYST)).toBe("No mission with code NOPE");
    // Without a key the deployments are refused, and the example says why.
    await expect(summarize(url, "MINUSTAH")).rejects.toThrow("This needs the ANALYST role: send an API key (Authorization: Bearer <token>).");
  });
});
