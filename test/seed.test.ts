import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYNTHETIC_SOURCE } from "../src/core/domain/enums";
import { seedDatabase, SeedRefusedError } from "../src/core/db/seed";
import { demoRegister } from "../src/core/db/seed/demo-register";
import { databaseTargets, type TestDatabase } from "./support/databases";
import { createTestKey, startTestApp } from "./support/http";
import { NESTED } from "./support/queries";

const count = async (database: TestDatabase, sql: string) => Number((await database.db.query(sql))[0].n);

describe.each(databaseTargets())("seed profiles on the $name database", (target) => {
  describe("reference", () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => database?.close());

    it("loads the real reference data and UN statistics, and no register", async () => {
      const report = await seedDatabase(database.db, "reference");
      // Row counts of the shipped files (data/README.md).
      expect(report.counts).toEqual({
        countries: 250, organizations: 7, missions: 46, policeServices: 40, roles: 8, trainingTopics: 8,
        wpsIndicators: 6, wpsTargets: 17, wpsMilestones: 5, unContributions: 104675,
      });
      expect(await count(database, "SELECT count(*) AS n FROM un_contribution")).toBe(104675);
      expect(await count(database, "SELECT count(*) AS n FROM officer")).toBe(0);
      // The UN's published share for formed police units, January 2022: 781 women of 5,412.
      const [fpu] = await database.db.query(
        `SELECT sum(female)::int AS female, sum(total)::int AS total FROM un_contribution WHERE as_of_date = '2022-01-31' AND personnel_type = 'FORMED_POLICE_UNIT'`,
      );
      expect(fpu).toEqual({ female: 781, total: 5412 });
    });

    it("refuses a second seed with a clear message and changes nothing", async () => {
      await expect(seedDatabase(database.db, "demo")).rejects.toThrow(SeedRefusedError);
      await expect(seedDatabase(database.db, "demo")).rejects.toThrow(
        "Refusing to seed: the database already holds data (46 missions, 250 countries, 104675 UN contribution rows). A seed profile applies only to a new, empty database; nothing was changed.",
      );
      expect(await count(database, "SELECT count(*) AS n FROM officer")).toBe(0);
      expect(await count(database, "SELECT count(*) AS n FROM mission")).toBe(46);
    });
  });

  describe("demo", () => {
    let database: TestDatabase;
    let app: Awaited<ReturnType<typeof startTestApp>>;
    beforeAll(async () => {
      database = await target.open();
      await seedDatabase(database.db, "demo");
      app = await startTestApp(database.db);
      app.token = await createTestKey(database.db, "ANALYST");
    });
    afterAll(async () => {
      await app?.stop();
      await database?.close();
    });

    it("writes the generated register whole, every row marked synthetic", async () => {
      const reg = demoRegister();
      expect(await count(database, "SELECT count(*) AS n FROM officer")).toBe(reg.officers.length);
      expect(await count(database, "SELECT count(*) AS n FROM deployment")).toBe(reg.deployments.length);
      expect(await count(database, "SELECT count(*) AS n FROM training_delivery")).toBe(reg.trainings.length);
      for (const table of ["officer", "deployment", "training_delivery", "specialized_team", "deployment_request"]) {
        expect(await count(database, `SELECT count(*) AS n FROM ${table} WHERE source <> '${SYNTHETIC_SOURCE}'`), table).toBe(0);
      }
    });

    it("matches the UN's count of Canadian police in Haiti in August 2016 (84)", async () => {
      const n = await count(database, `SELECT count(DISTINCT d.officer_id) AS n FROM deployment d JOIN mission m ON m.id = d.mission_id
        WHERE m.code = 'MINUSTAH' AND d.start_date <= '2016-08-31' AND (d.end_date IS NULL OR d.end_date >= '2016-08-31')`);
      expect(n).toBe(84);
    });

    it("reproduces the published aggregates through the analytics API", async () => {
      const res = await app.gql(`{
        all: femaleParticipation { total { officers } }
        coverage: countryCoverage { countriesCount }
        dv: trainingsDelivered(filter: { missions: ["CPM-UKRAINE"], themes: ["DOMESTIC_VIOLENCE"] }) { total { participants } }
        un: unContributionShare(from: "2022-01-01", to: "2022-01-31", groupBy: [PERSONNEL_TYPE]) { rows { key { personnelType } female total } }
      }`);
      expect(res.errors).toBeUndefined();
      // RCMP: "almost 4,000 officers", "over 33 countries", "over 330" trained on domestic violence.
      const officers = res.data.all.total.officers;
      expect(officers).toBe(new Set(demoRegister().deployments.map((d) => d.personnelNumber)).size);
      expect(officers).toBeGreaterThanOrEqual(3800);
      expect(officers).toBeLessThan(4000);
      expect(res.data.coverage.countriesCount).toBeGreaterThan(33);
      expect(res.data.dv.total.participants).toBeGreaterThan(330);
      expect(res.data.dv.total.participants).toBeLessThanOrEqual(345);
      // The UN's published January 2022 figures: formed police units 781 of 5,412; troops 3,815 of 64,714.
      const byType = Object.fromEntries(res.data.un.rows.map((r: any) => [r.key.personnelType, [r.female, r.total]]));
      expect(byType.FORMED_POLICE_UNIT).toEqual([781, 5412]);
      expect(byType.TROOPS).toEqual([3815, 64714]);
    });

    it("serves the nested query over the full demo data in 2 statements", async () => {
      const res = await app.gql(NESTED(50, 20));
      expect(res.errors).toBeUndefined();
      expect(res.data.missions.edges).toHaveLength(46);
      expect(res.extensions?.sql?.statements).toBe(2);
      const totals = res.data.missions.edges.reduce((s: number, e: any) => s + e.node.deployments.totalCount, 0);
      expect(totals).toBe(demoRegister().deployments.length);
    });
  });
});
