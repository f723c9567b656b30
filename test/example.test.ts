import { describe, expect, it } from "vitest";
import { createTraining } from "../examples/create-training";
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

  it("creates a training from typed variables, and hears of every problem by field", async () => {
    const url = `http://127.0.0.1:${fx.app.port}/graphql`;
    const input = { title: "Example course", topicCode: "COMMUNITY_POLICING", countryIso3: "HTI", startDate: "2021-03-01", participants: 30, femaleParticipants: 12 };
    expect(await createTraining(url, input, fx.tokens.EDITOR)).toEqual({ created: "Example course (HTI, 2021-03-01): 12 of 30 participants are women" });
    expect(await createTraining(url, { ...input, title: "Another course", topicCode: "NOPE", femaleParticipants: 40 }, fx.tokens.EDITOR)).toEqual({
      problems: [
        { field: "topicCode", message: 'topicCode: no training topic has the code "NOPE"' },
        { field: "femaleParticipants", message: "femaleParticipants (40) must not exceed participants (30)" },
      ],
    });
    await expect(createTraining(url, input, fx.tokens.ANALYST)).rejects.toThrow("This needs the EDITOR role");
  });
});
