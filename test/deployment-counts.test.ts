import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { importCsv } from "../src/core/ingest/import";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";
import { csvFolder } from "./import/helpers";

// The fixture register (test/support/fixture.ts): deployments 1-3 in MINUSTAH (mission 1), 6 in
// UNMIK (2), 7 in EUPOL COPPS (3), 4 and 5 in CPM-UKRAINE (4), none in UNISFA (5).
const MISSIONS = `{ missions(first: 10) { edges { node { code deployments { totalCount } senior: deployments(filter: { senior: true }) { totalCount } } } } }`;

describe.each(databaseTargets())("missions' deployment counts on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "ANALYST" });
  const files = csvFolder();
  afterAll(() => files.cleanup());

  /** Each mission's sum of counter rows, beside a count of its deployments (the independent figure). */
  const sums = async () => {
    const rows = await fx.database.db.query(`
      SELECT m.id, (SELECT coalesce(sum(deployments), 0)::int FROM mission_deployment_count c WHERE c.mission_id = m.id) AS kept,
             (SELECT count(*)::int FROM deployment d WHERE d.mission_id = m.id) AS counted
      FROM mission m ORDER BY m.id`);
    return rows as { id: number; kept: number; counted: number }[];
  };
  const kept = async () => Object.fromEntries((await sums()).map((r) => [r.id, r.kept]));
  const agree = async () => {
    for (const r of await sums()) expect([r.id, r.kept]).toEqual([r.id, r.counted]);
  };
  const totals = async () => {
    const res = await fx.app.gql(MISSIONS);
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(res.data.missions.edges.map((e: any) => [e.node.code, [e.node.deployments.totalCount, e.node.senior.totalCount]]));
  };

  it("are counted for the deployments there when the migration runs, and kept from then on", async () => {
    expect(await kept()).toEqual({ 1: 3, 2: 1, 3: 1, 4: 2, 5: 0 });
    // Taken away, a deployment added without the triggers, and the migration run again: it counts it.
    await fx.database.db.undoLastMigration({ transaction: "all" });
    await fx.database.db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, source) VALUES (5, 5, 1, '2020-01-01', 'test')`);
    await fx.database.db.runMigrations({ transaction: "all" });
    expect(await kept()).toEqual({ 1: 3, 2: 1, 3: 1, 4: 2, 5: 1 });
    await fx.database.db.query(`DELETE FROM deployment WHERE mission_id = 5`);
    expect(await kept()).toEqual({ 1: 3, 2: 1, 3: 1, 4: 2, 5: 0 });
  });

  it("give each mission's totalCount, and the register's, while a filter is still counted", async () => {
    // Senior: only deployment 3 (MINUSTAH).
    expect(await totals()).toEqual({ "CPM-UKRAINE": [2, 0], "EUPOL COPPS": [1, 0], MINUSTAH: [3, 1], UNISFA: [0, 0], UNMIK: [1, 0] });
    const all = await fx.app.gql(`{ deployments { totalCount } senior: deployments(filter: { senior: true }) { totalCount } }`);
    expect(all.data).toEqual({ deployments: { totalCount: 7 }, senior: { totalCount: 1 } });
    // What is read unfiltered is the counter: one moved by hand shows, a filtered total does not.
    await fx.database.db.query(`INSERT INTO mission_deployment_count (mission_id, deployments) VALUES (1, 100)`);
    try {
      expect((await totals()).MINUSTAH).toEqual([103, 1]);
      expect((await fx.app.gql(`{ deployments { totalCount } }`)).data).toEqual({ deployments: { totalCount: 107 } });
    } finally {
      await fx.database.db.query(`DELETE FROM mission_deployment_count WHERE deployments = 100`);
    }
  });

  it("follow every kind of write: API, SQL, import, rollback, truncate", async () => {
    const created = await fx.app.gql(
      `mutation { createDeployment(input: { personnelNumber: "P-004", missionCode: "UNISFA", roleCode: "TRAINING", startDate: "2014-01-01" }) { id } }`,
      {}, { token: fx.tokens.EDITOR });
    expect(created.errors).toBeUndefined();
    expect((await totals()).UNISFA).toEqual([1, 0]);
    const deleted = await fx.app.gql(`mutation($id: ID!) { deleteDeployment(id: $id) }`, { id: created.data.createDeployment.id }, { token: fx.tokens.EDITOR });
    expect(deleted.errors).toBeUndefined();
    expect((await totals()).UNISFA).toEqual([0, 0]);

    // Several rows in one statement; a move to another mission; an update that moves nothing.
    await fx.database.db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, source)
      VALUES (1, 5, 1, '2019-01-01', 'test'), (2, 5, 1, '2019-01-01', 'test'), (3, 2, 1, '2019-01-01', 'test')`);
    expect(await kept()).toEqual({ 1: 3, 2: 2, 3: 1, 4: 2, 5: 2 });
    await fx.database.db.query(`UPDATE deployment SET mission_id = 1 WHERE source = 'test' AND mission_id = 5`);
    expect(await kept()).toEqual({ 1: 5, 2: 2, 3: 1, 4: 2, 5: 0 });
    await fx.database.db.query(`UPDATE deployment SET end_date = '2019-12-31' WHERE source = 'test'`);
    expect(await kept()).toEqual({ 1: 5, 2: 2, 3: 1, 4: 2, 5: 0 });
    await fx.database.db.query(`DELETE FROM deployment WHERE source = 'test'`);
    await agree();

    // An import (which checks foreign keys with the ordinary triggers off) counts too.
    const file = files.write("personnel_number,mission_code,role_code,start_date\nP-001,UNISFA,TRAINING,2021-01-01\nP-002,UNISFA,TRAINING,2021-01-01\nP-003,UNMIK,TRAINING,2021-01-01\n");
    await importCsv(fx.database.db, "deployments", file);
    expect(await kept()).toEqual({ 1: 3, 2: 2, 3: 1, 4: 2, 5: 2 });
    expect(await totals()).toEqual({ "CPM-UKRAINE": [2, 0], "EUPOL COPPS": [1, 0], MINUSTAH: [3, 1], UNISFA: [2, 0], UNMIK: [2, 0] });

    // A rolled-back write leaves the counts as they were; a truncate empties them.
    const before = await kept();
    await fx.database.db.transaction(async (em) => {
      await em.query(`DELETE FROM deployment WHERE mission_id = 1`);
      expect((await em.query(`SELECT coalesce(sum(deployments), 0)::int AS n FROM mission_deployment_count WHERE mission_id = 1`))[0].n).toBe(0);
      await em.query(`TRUNCATE deployment`);
      expect(await em.query(`SELECT * FROM mission_deployment_count`)).toEqual([]);
      await em.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, source) VALUES (1, 4, 1, '2019-01-01', 'test')`);
      expect((await em.query(`SELECT mission_id, deployments FROM mission_deployment_count`))).toEqual([{ mission_id: 4, deployments: 1 }]);
      await em.query(`SELECT no_such_function()`);
    }).catch((e: Error) => expect(e.message).toMatch(/no_such_function/));
    expect(await kept()).toEqual(before);
    await agree();
  });

  it("fold a mission's rows into about one per write", async () => {
    for (let i = 0; i < 5; i++) {
      await fx.database.db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, source) VALUES (4, 5, 1, $1, 'fold')`, [`2030-01-0${i + 1}`]);
    }
    expect(await fx.database.db.query(`SELECT deployments FROM mission_deployment_count WHERE mission_id = 5`)).toEqual([{ deployments: 7 }]);
    await fx.database.db.query(`DELETE FROM deployment WHERE source = 'fold'`);
    await agree();
  });

  it.runIf(target.name === "postgres")("stay exact under concurrent writers, none waiting for another's counter", async () => {
    // Four clients at once, each in its own transactions, insert into and delete from the same
    // missions in opposite orders; a deadlock or a lost change would show.
    const clients = await Promise.all([0, 1, 2, 3].map(async () => {
      const c = new Client({ connectionString: fx.database.url });
      await c.connect();
      return c;
    }));
    try {
      const writer = async (c: Client, w: number) => {
        const missions = w % 2 ? [1, 2, 3, 4, 5] : [5, 4, 3, 2, 1];
        for (let round = 0; round < 8; round++) {
          await c.query("BEGIN");
          for (const m of missions) {
            await c.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, source) VALUES ($1, $2, 1, $3, 'concurrent')`,
              [w + 1, m, `2040-${String(round + 1).padStart(2, "0")}-01`]);
          }
          if (round % 3 === 2) await c.query(`DELETE FROM deployment WHERE source = 'concurrent' AND officer_id = $1 AND mission_id = $2`, [w + 1, missions[0]]);
          await c.query(round % 4 === 3 ? "ROLLBACK" : "COMMIT");
        }
      };
      await Promise.all(clients.map((c, w) => writer(c, w)));
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    const [{ n }] = await fx.database.db.query(`SELECT count(*)::int AS n FROM deployment WHERE source = 'concurrent'`);
    expect(n).toBeGreaterThan(0);
    await agree();
    expect(Number((await fx.database.db.query(`SELECT count(*) AS n FROM mission_deployment_count`))[0].n)).toBeLessThanOrEqual(5 * 4);
    await fx.database.db.query(`DELETE FROM deployment WHERE source = 'concurrent'`);
    await agree();
  });
});
