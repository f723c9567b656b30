import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "../../src/core/db/data-source";
import { loadConfig } from "../../src/config";
import { startControlServer } from "../../src/cli/control/server";
import { startEmbeddedDatabase } from "../../src/core/db/embedded/database";
import { createLogger } from "../../src/core/logger";
import { databaseTargets } from "../support/databases";
import { runPeaceops } from "../support/cli";
import { loadFixture } from "../support/fixture";

const BIN = path.join(__dirname, "..", "..", "bin", "peaceops.js");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-export-cli-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Target {
  name: string;
  /** Opens a database holding the fixture; returns the environment that points the CLI at it. */
  open(): Promise<{ env: Record<string, string>; close(): Promise<void> }>;
}

// Embedded: this process owns the data directory and its control channel, as a running server
// does, so the CLI sends its commands here. PostgreSQL: a scratch database at DATABASE_URL.
const targets: Target[] = [{
  name: "embedded",
  async open() {
    const dataDir = path.join(work, "data");
    const embedded = await startEmbeddedDatabase({ dataDir });
    const db = createDataSource({ embedded });
    await db.initialize();
    await db.runMigrations({ transaction: "all" });
    await loadFixture(db);
    const control = await startControlServer({ dataDir, db, config: loadConfig({ PEACEOPS_DATA_DIR: dataDir }), logger: createLogger("silent") });
    return { env: { PEACEOPS_DATA_DIR: dataDir }, async close() { await control.close(); await db.destroy(); await embedded.close(); } };
  },
}];
const pg = databaseTargets().find((t) => t.name === "postgres");
if (pg) {
  targets.push({
    name: "postgres",
    async open() {
      const database = await pg.open();
      await loadFixture(database.db);
      return { env: { DATABASE_URL: database.url }, close: () => database.close() };
    },
  });
}

describe.each(targets)("peaceops export and query on the $name database", (target) => {
  let env: Record<string, string> = {};
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ env, close } = await target.open());
  });
  afterAll(() => close());

  const run = (args: string[]) => runPeaceops(args, env, work);

  it("writes a report as CSV on stdout, suppressed by default", async () => {
    const res = await run(["export", "femaleParticipation", "--to", "2023-12-31", "--group-by", "country"]);
    expect(res.stderr).toBe("");
    expect(res.code).toBe(0);
    // The fixture register (test/support/fixture.ts): HTI has P-001, P-002 and P-003 (undisclosed).
    expect(res.stdout).toBe([
      "country_iso3,officers,known,undisclosed,female,male,another_gender,rate,interval_low,interval_high,person_days,female_person_days,female_person_day_share,suppressed," +
        "provenance,provenance_sources,provenance_as_of",
      // Each row ends with its provenance: the fixture's register is synthetic; asOf, the period's end.
      ...["HTI,3,2,1,,,,,,,912,,,true", "PSE,1,1,0,,,,,,,365,,,true", "UKR,2,2,0,,,,,,,730,,,true", "XKX,1,1,0,,,,,,,671,,,true"]
        .map((line) => `${line},SYNTHETIC,synthetic demo,2023-12-31`),
      "",
    ].join("\n"));
  });

  it("takes filters, an interval and a cell size, and writes JSON to a file", async () => {
    const series = await run(["export", "headcount-series", "--from", "2010-01-01", "--to", "2010-12-31", "--interval", "QUARTER",
      "--min-cell-size", "0", "--filter", "missions=MINUSTAH", "--filter", "genders=FEMALE"]);
    expect(series.stdout).toBe(
      "date,officers,known,female,rate,suppressed,provenance,provenance_sources,provenance_as_of\n" +
      ["2010-03-31", "2010-06-30", "2010-09-30", "2010-12-31"].map((date) => `${date},1,1,1,1,false,SYNTHETIC,synthetic demo,2010-12-31\n`).join(""),
    );
    const out = path.join(work, `trainings-${target.name}.json`);
    const json = await run(["export", "trainingsDelivered", "--group-by", "THEME", "--format", "json", "--out", out]);
    expect(json.stdout).toBe(`Wrote 2 rows of trainingsDelivered to ${out}\n`);
    const provenance = { data: "SYNTHETIC", sources: ["synthetic demo"], asOf: new Date().toISOString().slice(0, 10) };
    expect(JSON.parse(fs.readFileSync(out, "utf8"))).toEqual([
      { key: { theme: "COMMUNITY_POLICING" }, deliveries: 1, participants: 30, femaleParticipants: 30, femaleShare: 1, instructorsCertified: 2, countries: 1, provenance },
      { key: { theme: "DOMESTIC_VIOLENCE" }, deliveries: 1, participants: 25, femaleParticipants: 9, femaleShare: 0.36, instructorsCertified: 0, countries: 1, provenance },
    ]);
  });

  it("exports officers without names unless --include-names is given", async () => {
    const plain = await run(["export", "officers"]);
    expect(plain.stdout.split("\n").slice(0, 2)).toEqual(["personnel_number,gender,rank,police_service_code,source", "P-001,FEMALE,Sergeant,RCMP,synthetic demo"]);
    expect(plain.stdout).not.toMatch(/Tremblay|Côté/);
    const out = path.join(work, `officers-${target.name}.csv`);
    const named = await run(["export", "officers", "--include-names", "--out", out]);
    expect(named.stdout).toBe(`Wrote 5 officers to ${out}\n`);
    expect(named.stderr).toBe(""); // nothing logged, names least of all
    expect(fs.readFileSync(out, "utf8").split("\n").slice(0, 5)).toEqual([
      "personnel_number,given_name,family_name,gender,rank,police_service_code,source",
      "P-001,Ada,Tremblay,FEMALE,Sergeant,RCMP,synthetic demo",
      "P-002,Luc,Gagnon,MALE,Constable,SPVM,synthetic demo",
      "P-003,Sam,Roy,UNDISCLOSED,Inspector,NAPS,synthetic demo",
      "P-004,Mia,Côté,FEMALE,Corporal,RCMP,synthetic demo",
    ]);
    const deployments = await run(["export", "deployments"]);
    expect(deployments.stdout.split("\n")).toHaveLength(1 + 7 + 1);
    expect(deployments.stdout).toContain("\nP-003,MINUSTAH,LEADERSHIP,SGBV Team,2012-01-01,2012-06-30,true,synthetic demo\n");
  });

  it("runs a query file and writes its first list as CSV", async () => {
    const file = path.join(work, "missions.graphql");
    fs.writeFileSync(file, `query ($kinds: [MissionKind!]) { missions(filter: { kinds: $kinds }, orderBy: [{ field: CODE }]) {
      edges { node { code leadOrganization { code } hostCountries { iso3 } } } } }`);
    const res = await run(["query", file, "--variables", '{"kinds": ["POLICE_DEVELOPMENT"]}']);
    expect(res.stderr).toBe("");
    expect(res.stdout).toBe("code,lead_organization_code,host_countries_iso3\nCPM-UKRAINE,BILATERAL,UKR\nEUPOL COPPS,EU,PSE\n");
    const names = path.join(work, "names.graphql");
    fs.writeFileSync(names, `{ officers(first: 1) { edges { node { personnelNumber givenName } } } }`);
    expect(await run(["query", names])).toMatchObject({ code: 1, stdout: "", stderr: "peaceops: This needs the ADMIN role; the command runs as ANALYST unless given --include-names.\n" });
    expect((await run(["query", names, "--include-names"])).stdout).toBe("personnel_number,given_name\nP-001,Ada\n");
  });

  it("names a bad option in one line and exits non-zero", async () => {
    const cases: [string[], string][] = [
      [["export", "femaleParticipation", "--from", "2020-13-01"], '--from: Date "2020-13-01" is not a calendar date (there is no month 13); accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD'],
      [["export", "femaleParticipation", "--from", "0001-01-01"], '--from: Date "0001-01-01" is before 1900-01-01; accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD'],
      [["export", "femaleParticipation", "--group-by", "YEAR,PLANET"], '--group-by must be one of YEAR, QUARTER, MONTH, MISSION, MISSION_KIND, COUNTRY, REGION, SUB_REGION, ORGANIZATION, ROLE, ROLE_CATEGORY, TEAM, POLICE_SERVICE, JURISDICTION, PROVINCE, RANK, SENIOR, got "PLANET"'],
      [["export", "femaleParticipation", "--filter", "missions"], '--filter must be NAME=VALUE[,VALUE...], e.g. missions=MINUSTAH,UNMIK; got "missions"'],
      [["export", "femaleParticipation", "--filter", "colours=red"], "femaleParticipation does not take --filter colours (its filters are missions, missionKinds, countries, regions, subRegions, organizations, roles, roleCategories, teams, policeServices, jurisdictions, provinces, ranks, genders)"],
      [["export", "femaleParticipation", "--interval", "MONTH"], "femaleParticipation does not take --interval"],
      [["export", "femaleParticipation", "--format", "xlsx"], '--format must be csv or json, got "xlsx"'],
      [["export", "femaleParticipation", "--filter", "missions=MINUSTAH,NOPE"], '--filter missions: unknown code "NOPE"'],
      [["export", "femaleParticipation", "--from", "2020-01-01", "--to", "2019-12-31"], "--from (2020-01-01) must not be after to (2019-12-31)"],
      [["export", "headcountSeries", "--from", "2010-01-01", "--to", "2010-12-31"], "headcountSeries needs --interval"],
      [["export", "nothing"], 'unknown export "nothing": reports are femaleParticipation, headcountSeries, trainingsDelivered, countryCoverage, unContributionShare, targetProgress, reconciliation; entities are police-services, missions, teams, officers, deployments, trainings, un-contributions'],
      [["export", "missions", "--group-by", "YEAR"], "--group-by does not apply to the missions export"],
      [["export", "missions", "--include-names"], "--include-names applies to the officers export only, not missions"],
      [["query", path.join(work, "missing.graphql")], `cannot read the query file ${path.join(work, "missing.graphql")} (ENOENT)`],
      [["query", BIN, "--variables", "{bad"], "--variables must be a JSON object: "],
    ];
    // Four processes at a time: each is a whole Node start, and the machine may be busy.
    const results: Awaited<ReturnType<typeof run>>[] = [];
    for (let i = 0; i < cases.length; i += 4) results.push(...(await Promise.all(cases.slice(i, i + 4).map(([args]) => run(args)))));
    results.forEach((res, i) => {
      const [args, message] = cases[i];
      expect(res.code, args.join(" ")).toBe(1);
      expect(res.stderr.split("\n"), args.join(" ")).toHaveLength(2); // one line, then the final newline
      expect(res.stderr, args.join(" ")).toContain(`peaceops: ${message}`);
    });
  }, 240_000);
});
