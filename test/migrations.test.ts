import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MilestoneSource1764950400000 } from "../src/core/db/migrations/1764950400000-milestone-source";
import { SourceIndexes1765036800000 } from "../src/core/db/migrations/1765036800000-source-indexes";
import { databaseTargets, type TestDatabase } from "./support/databases";

describe.each(databaseTargets())("migrations on the $name database", (target) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("leave nothing for the entities to change (entities and migrations agree)", async () => {
    const pending = await database.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("enforce the constraints of the domain", async () => {
    const q = (sql: string) => database.db.query(sql);
    await q(`INSERT INTO country (iso3, iso2, name) VALUES ('HTI', 'HT', 'Haiti'), ('CAN', 'CA', 'Canada')`);
    await q(`INSERT INTO organization (id, code, name, kind) VALUES (1, 'UN', 'United Nations', 'INTERNATIONAL_ORGANIZATION')`);
    await q(`INSERT INTO mission (id, code, name, lead_organization_id, kind, start_date, source) VALUES (1, 'MINUSTAH', 'M', 1, 'PEACEKEEPING', '2004-06-01', 's')`);
    const rejects = async (sql: string, constraint: string) => {
      await expect(q(sql)).rejects.toThrow(constraint);
    };
    await rejects(`INSERT INTO mission (code, name, lead_organization_id, kind, start_date, end_date, source) VALUES ('X', 'X', 1, 'PEACEKEEPING', '2010-01-02', '2010-01-01', 's')`, "mission_dates_check");
    await rejects(`INSERT INTO mission (code, name, lead_organization_id, kind, start_date, source) VALUES ('MINUSTAH', 'dup', 1, 'PEACEKEEPING', '2010-01-01', 's')`, "duplicate key");
    await rejects(`INSERT INTO mission (code, name, lead_organization_id, kind, start_date, source) VALUES ('Y', 'Y', 99, 'PEACEKEEPING', '2010-01-01', 's')`, "foreign key");
    await rejects(`INSERT INTO un_contribution (as_of_date, mission_id, country_iso3, personnel_type, male, female, total, source) VALUES ('2016-08-31', 1, 'CAN', 'INDIVIDUAL_POLICE', 70, 14, 85, 's')`, "un_contribution_counts_check");
    await rejects(`INSERT INTO un_contribution (as_of_date, mission_id, country_iso3, personnel_type, male, female, total, source) VALUES ('2016-08-31', 1, 'CAN', 'POLICE', 70, 14, 84, 's')`, "un_contribution_personnel_type_check");
    await rejects(`INSERT INTO training_delivery (country_iso3, topic_id, title, start_date, participants, female_participants, source) VALUES ('HTI', 1, 't', '2011-01-01', 5, 6, 's')`, "training_delivery_female_check");
    // A country still hosting a mission cannot be deleted out from under it.
    await q(`INSERT INTO mission_host_country (mission_id, country_iso3) VALUES (1, 'HTI')`);
    await rejects(`DELETE FROM country WHERE iso3 = 'HTI'`, "foreign key");
  });

  it("add the source indexes of provenance, and take them away", async () => {
    const migration = new SourceIndexes1765036800000();
    const runner = database.db.createQueryRunner();
    try {
      await migration.down(runner);
    } finally {
      await runner.release();
    }
    // Without them, the entities declare three indexes the database lacks.
    const pending = (await database.db.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
    expect(pending.map((sql) => /CREATE INDEX "(\w+)"/.exec(sql)?.[1]).sort()).toEqual(["deployment_source_start_idx", "officer_source_idx", "un_contribution_source_idx"]);
    const again = database.db.createQueryRunner();
    try {
      await migration.up(again);
    } finally {
      await again.release();
    }
    expect((await database.db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });

  it("move a milestone's source out of its description into its own column, and back", async () => {
    // One runner for all of it: the embedded database has one session, which the runner holds.
    const migration = new MilestoneSource1764950400000();
    const runner = database.db.createQueryRunner();
    const q = (sql: string) => runner.query(sql);
    try {
      await migration.down(runner);
      await q(`INSERT INTO wps_milestone (date, title, description, category) VALUES
        ('2020-01-01', 'Shipped', 'Over 330 officers trained. Source: RCMP, Peace operations page', 'TRAINING'),
        ('2021-03-08', 'Typed', 'Entered by hand', 'FIRST')`);
      await migration.up(runner);
      expect(await q(`SELECT title, description, source FROM wps_milestone ORDER BY date`)).toEqual([
        { title: "Shipped", description: "Over 330 officers trained.", source: "RCMP, Peace operations page" },
        { title: "Typed", description: "Entered by hand", source: "entered through the API" },
      ]);
      await migration.down(runner);
      expect(await q(`SELECT description FROM wps_milestone ORDER BY date`)).toEqual([
        { description: "Over 330 officers trained. Source: RCMP, Peace operations page" }, { description: "Entered by hand" },
      ]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect((await database.db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
