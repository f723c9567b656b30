import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityRows } from "../../src/export/entities/entity-rows";
import { entityColumns, findEntity } from "../../src/export/entities/entity-specs";
import { csvStringifier } from "../../src/export/csv";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { loadFixture } from "../support/fixture";
import { counts, csvFolder, importCsv, snapshot } from "../import/helpers";

const files = csvFolder();
afterAll(() => files.cleanup());

/** Writes an entity export (names included) to a file, as `peaceops export <entity> --include-names` does. */
async function exportToFile(t: TestDatabase, name: string): Promise<string> {
  const spec = findEntity(name)!;
  const file = files.write("", `${name}.csv`);
  const csv = csvStringifier(entityColumns(spec, true));
  await pipeline(Readable.from(entityRows(t.db, spec, true)), csv, fs.createWriteStream(file));
  return file;
}

// The fixture's rows per kind (test/support/fixture.ts), plus the team and deployment added below.
const ROWS: [string, number][] = [
  ["police-services", 3], ["missions", 5], ["teams", 2], ["officers", 5], ["deployments", 8], ["trainings", 2], ["un-contributions", 4],
];

describe.each(databaseTargets())("export then import on the $name database", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
    await loadFixture(t.db);
    // A name that needs quoting and a deployment in that team, so quoting round-trips too.
    await t.db.query(`INSERT INTO specialized_team (mission_id, name, focus, led_by_canada, source) VALUES (2, 'Community, "North" unit', 'COMMUNITY_POLICING', false, 'fixture')`);
    await t.db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, team_id, start_date, end_date, senior, source)
      SELECT 5, 2, 1, id, '2023-01-01', NULL, true, 'fixture' FROM specialized_team WHERE mission_id = 2`);
  });
  afterAll(() => t?.close());

  it.each(ROWS)("%s: every exported row comes back unchanged, and nothing in the register changes", async (kind, rows) => {
    const file = await exportToFile(t, kind);
    const { audit_entry: _a, ...before } = await snapshot(t.db);
    const summary = await importCsv(t.db, kind, file);
    expect(summary.errors).toEqual([]);
    expect(counts(summary)).toEqual({ rows, inserted: 0, updated: 0, unchanged: rows });
    const { audit_entry: _b, ...after } = await snapshot(t.db);
    expect(after).toEqual(before);
  });

  it("updates the one row a user changed in an exported file", async () => {
    const file = await exportToFile(t, "officers");
    const text = fs.readFileSync(file, "utf8");
    // P-003's rank, as written by the export: personnel_number,given_name,family_name,gender,rank,police_service_code,source
    expect(text.split("\n")[3]).toBe("P-003,Sam,Roy,UNDISCLOSED,Inspector,NAPS,synthetic demo");
    fs.writeFileSync(file, text.replace("P-003,Sam,Roy,UNDISCLOSED,Inspector,NAPS,", "P-003,Sam,Roy,UNDISCLOSED,Superintendent,NAPS,"));
    const summary = await importCsv(t.db, "officers", file);
    expect(counts(summary)).toEqual({ rows: 5, inserted: 0, updated: 1, unchanged: 4 });
    // The row keeps its source, which the file carried unchanged.
    expect(await t.db.query(`SELECT rank, source FROM officer WHERE personnel_number = 'P-003'`)).toEqual([{ rank: "Superintendent", source: "synthetic demo" }]);
  });

  it("exports a name stored before the input rules, and its import names the rule it breaks", async () => {
    await t.db.query(`INSERT INTO specialized_team (mission_id, name, focus, led_by_canada, source) VALUES (3, 'Two
lines', 'OTHER', false, 'fixture')`);
    const file = await exportToFile(t, "teams");
    expect(fs.readFileSync(file, "utf8")).toContain('EUPOL COPPS,"Two\nlines",OTHER,false,,,fixture\n');
    const summary = await importCsv(t.db, "teams", file);
    expect(summary.errors).toEqual([{ line: 4, column: "name", message: expect.stringMatching(/^contains a line break U\+000A at position 4; a name is /) }]);
    expect(counts(summary)).toEqual({ rows: 3, inserted: 0, updated: 0, unchanged: 0 });
    expect(await t.db.query(`DELETE FROM specialized_team WHERE name = $1 RETURNING mission_id`, ["Two\nlines"])).toEqual([[{ mission_id: 3 }], 1]);
  });
});
