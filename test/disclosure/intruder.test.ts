// The LP intruder against femaleParticipation as an anonymous caller, on generated registers full of
// small cells and on the demo register: nothing withheld may be pinned to one value by what is shown,
// and what is shown must be what an unprotected caller gets.
import { describe, expect, it } from "vitest";
import { seedDatabase } from "../../src/core/db/seed";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { runCampaign, type AttackDim, type Campaign } from "./campaign";
import { loadSmallCellsRegister } from "./small-cells-register";

function expectProtected(c: Campaign) {
  expect(c.intruder.conflicts).toEqual([]);
  expect(c.wrong).toEqual([]);
}

/**
 * Women, men and women's person-days: never recovered, except (`rare`) where officers of another
 * gender are so few that no shift can move one and a margin shows them: the intruder then places them
 * and, with a margin that has no women (or no men), pins the rest of the cell (docs/disclosure.md,
 * residual risk). Both kinds of recovery are counted and held to what this version does, so that a
 * change that recovers more fails.
 */
async function expectNothingPinned(c: Campaign, rare = { counts: 0, anotherGender: 0 }) {
  const findings = (await c.intruder.attack()).filter((f) => !f.groupFact);
  const recovered = (figures: string[]) => findings.filter((f) => figures.includes(f.figure)).map((f) => `${f.cell}.${f.figure} = ${f.value}`);
  if (rare.counts === 0) expect(recovered(["female", "male", "femalePersonDays"])).toEqual([]);
  else expect(recovered(["female", "male", "femalePersonDays"]).length).toBeLessThanOrEqual(rare.counts);
  expect(recovered(["anotherGender"]).length).toBeLessThanOrEqual(rare.anotherGender);
}

describe.each(databaseTargets())("the LP intruder on $name", (target) => {
  const attacks: { seed: number; officers: number; dims: AttackDim[]; rare?: { counts: number; anotherGender: number } }[] = [
    { seed: 7, officers: 140, dims: ["YEAR", "MISSION", "SENIOR"] },
    // Three officers of another gender, in missions too small to move one into another cell.
    { seed: 11, officers: 90, dims: ["MISSION", "ROLE_CATEGORY", "POLICE_SERVICE"], rare: { counts: 0, anotherGender: 5 } },
    // Two officers of another gender among 57 of known gender, one alone in its year's mentoring cell.
    { seed: 23, officers: 60, dims: ["YEAR", "ROLE_CATEGORY", "POLICE_SERVICE"], rare: { counts: 6, anotherGender: 4 } },
  ];
  for (const a of attacks) {
    describe(`a generated register (seed ${a.seed}, ${a.officers} officers) by ${a.dims.join(" x ")}`, () => {
      const fx = useFixtureApp(target, { setup: (db) => loadSmallCellsRegister(db, { seed: a.seed, officers: a.officers, years: [2015, 2016, 2017, 2018] }) });
      let campaign: Campaign;

      it("shows only true figures, and withholds small cells with complements", async () => {
        campaign = await runCampaign({ app: fx.app, analystToken: fx.tokens.ANALYST, from: "2015-01-01", to: "2018-12-31", dims: a.dims });
        expectProtected(campaign);
        // The register is small enough that protection has work to do.
        expect(campaign.hidden).toBeGreaterThan(5);
        expect(campaign.complements).toBeGreaterThan(0);
      }, 120_000);

      it("leaves no withheld figure with a single feasible value", async () => {
        await expectNothingPinned(campaign, a.rare);
      }, 120_000);
    });
  }

  describe("the demo register", () => {
    const fx = useFixtureApp(target, {
      setup: async (db) => {
        // The demo database instead of the fixture: every table emptied, then seeded as `npm start` seeds it.
        const tables: { name: string }[] = await db.query(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'data_version', 'data_change')");
        await db.query(`TRUNCATE ${tables.map((t) => `"${t.name}"`).join(", ")} CASCADE`);
        await seedDatabase(db, "demo");
      },
    });

    it.each([
      { dims: ["YEAR", "MISSION"] as AttackDim[], from: "2004-01-01", to: "2012-12-31" },
      { dims: ["MISSION", "SENIOR"] as AttackDim[], from: "2008-01-01", to: "2012-12-31" },
      { dims: ["MISSION", "SENIOR", "ROLE_CATEGORY"] as AttackDim[], from: "2008-01-01", to: "2012-12-31" },
    ])("$from to $to, by $dims: shows only true figures and leaves nothing withheld with a single feasible value", async ({ dims, from, to }) => {
      const campaign = await runCampaign({ app: fx.app, analystToken: fx.tokens.ANALYST, from, to, dims, maxValues: 6 });
      expectProtected(campaign);
      expect(campaign.hidden).toBeGreaterThan(0);
      await expectNothingPinned(campaign);
    }, 300_000);
  });
});
