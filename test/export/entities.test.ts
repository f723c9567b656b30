import { parse } from "csv-parse/sync";
import type { DataSource } from "typeorm";
import { describe, expect, it } from "vitest";
import { entityRows } from "../../src/export/entities/entity-rows";
import { findEntity } from "../../src/export/entities/entity-specs";
import type { Role } from "../../src/core/policy";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";

const TEAM = 'Community policing, "North"\nunit';

/** The fixture, plus a service with accents and a team whose name needs every kind of CSV quoting. */
async function setup(db: DataSource) {
  await db.query(`INSERT INTO police_service (id, code, name, jurisdiction, province) VALUES (4, 'SQ', 'Sûreté du Québec', 'PROVINCIAL', 'QC')`);
  await db.query(`INSERT INTO specialized_team (id, mission_id, name, focus, led_by_canada, source) VALUES (2, 2, $1, 'COMMUNITY_POLICING', false, 'synthetic demo')`, [TEAM]);
  await db.query(`INSERT INTO deployment (id, officer_id, mission_id, role_id, team_id, start_date, end_date, senior, source)
    VALUES (8, 5, 2, 2, 2, '2023-01-01', '2023-06-30', false, 'synthetic demo')`);
}

const EXPECTED: Record<string, string> = {
  "police-services": [
    "code,name,jurisdiction,province",
    "RCMP,Royal Canadian Mounted Police,FEDERAL,",
    "SPVM,Service de police de la Ville de Montréal,MUNICIPAL,QC",
    "NAPS,Nishnawbe-Aski Police Service,FIRST_NATIONS,ON",
    "SQ,Sûreté du Québec,PROVINCIAL,QC",
  ].join("\n"),
  missions: [
    "code,name,lead_organization_code,host_countries,kind,start_date,end_date,source",
    "MINUSTAH,United Nations Stabilization Mission in Haiti,UN,HTI,PEACEKEEPING,2004-06-01,2017-10-15,fixture",
    "UNMIK,United Nations Interim Administration Mission in Kosovo,UN,XKX,PEACEKEEPING,1999-06-10,,fixture",
    "EUPOL COPPS,EU Coordinating Office for Palestinian Police Support,EU,PSE,POLICE_DEVELOPMENT,2006-01-01,,fixture",
    "CPM-UKRAINE,Canadian Police Mission in Ukraine,BILATERAL,UKR,POLICE_DEVELOPMENT,2015-07-01,2022-02-28,fixture",
    'UNISFA,United Nations Interim Security Force for Abyei,UN,"SDN;SSD",PEACEKEEPING,2011-06-27,,fixture',
  ].join("\n"),
  teams: [
    "mission_code,name,focus,led_by_canada,start_date,end_date,source",
    "MINUSTAH,SGBV Team,SGBV,true,2011-01-01,2017-10-15,synthetic demo",
    'UNMIK,"Community policing, ""North""\nunit",COMMUNITY_POLICING,false,,,synthetic demo',
  ].join("\n"),
  officers: [
    "personnel_number,gender,rank,police_service_code,source",
    "P-001,FEMALE,Sergeant,RCMP,synthetic demo",
    "P-002,MALE,Constable,SPVM,synthetic demo",
    "P-003,UNDISCLOSED,Inspector,NAPS,synthetic demo",
    "P-004,FEMALE,Corporal,RCMP,synthetic demo",
    "P-005,MALE,Staff Sergeant,RCMP,synthetic demo",
  ].join("\n"),
  deployments: [
    "personnel_number,mission_code,role_code,team_name,start_date,end_date,senior,source",
    "P-001,MINUSTAH,TRAINING,,2010-01-01,2010-12-31,false,synthetic demo",
    "P-002,MINUSTAH,MENTORING,,2010-06-01,2011-05-31,false,synthetic demo",
    "P-003,MINUSTAH,LEADERSHIP,SGBV Team,2012-01-01,2012-06-30,true,synthetic demo",
    "P-001,CPM-UKRAINE,TRAINING,,2016-06-01,2017-05-31,false,synthetic demo",
    "P-004,CPM-UKRAINE,MENTORING,,2017-01-01,2017-12-31,false,synthetic demo",
    "P-005,UNMIK,MENTORING,,2022-03-01,,false,synthetic demo",
    "P-002,EUPOL COPPS,TRAINING,,2013-01-01,2013-12-31,false,synthetic demo",
    'P-005,UNMIK,MENTORING,"Community policing, ""North""\nunit",2023-01-01,2023-06-30,false,synthetic demo',
  ].join("\n"),
  trainings: [
    "title,topic_code,country_iso3,mission_code,start_date,end_date,participants,female_participants,instructors_certified,female_only,source",
    "New domestic-violence law,DOMESTIC_VIOLENCE_LEGISLATION,UKR,CPM-UKRAINE,2017-03-01,2017-03-05,25,9,0,false,synthetic demo",
    "Community policing basics,COMMUNITY_POLICING,HTI,MINUSTAH,2011-02-01,2011-02-10,30,30,2,true,synthetic demo",
  ].join("\n"),
  "un-contributions": [
    "as_of_date,mission,country_iso3,personnel_type,male,female,total,source",
    "2016-08-31,MINUSTAH,CAN,INDIVIDUAL_POLICE,70,14,84,fixture",
    "2016-08-31,MINUSTAH,BGD,FORMED_POLICE_UNIT,150,10,160,fixture",
    "2016-09-30,MINUSTAH,CAN,INDIVIDUAL_POLICE,66,14,80,fixture",
    "2018-05-31,,CAN,INDIVIDUAL_POLICE,20,5,25,fixture",
  ].join("\n"),
};

const WITH_NAMES = [
  "personnel_number,given_name,family_name,gender,rank,police_service_code,source",
  "P-001,Ada,Tremblay,FEMALE,Sergeant,RCMP,synthetic demo",
  "P-002,Luc,Gagnon,MALE,Constable,SPVM,synthetic demo",
  "P-003,Sam,Roy,UNDISCLOSED,Inspector,NAPS,synthetic demo",
  "P-004,Mia,Côté,FEMALE,Corporal,RCMP,synthetic demo",
  "P-005,Noah,Bouchard,MALE,Staff Sergeant,RCMP,synthetic demo",
  "",
].join("\n");

describe.each(databaseTargets())("entity exports on the $name database", (target) => {
  const fx = useFixtureApp(target, { setup });

  // Real API keys of each role, through the real server's /export routes.
  const asRole = async (role: Role | null, path: string) => {
    const headers: Record<string, string> = role ? { authorization: `Bearer ${fx.tokens[role]}` } : {};
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/export/${path}`, { headers });
    return { status: res.status, text: await res.text(), headers: res.headers };
  };
  const anonymous = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/export/${path}`);
    return { status: res.status, text: await res.text(), headers: res.headers };
  };

  it("writes every entity in the import's columns: dates, true/false, empty for null, hosts joined with ;", async () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      const res = await asRole("ANALYST", `${name}.csv`);
      expect(res.status, name).toBe(200);
      expect(res.text, name).toBe(`${expected}\n`);
    }
  });

  it("quotes commas, quotes and line breaks, and keeps accents, so a CSV reader gets the values back", async () => {
    const teams = parse((await anonymous("teams.csv")).text, { columns: true }) as Record<string, string>[];
    expect(teams.map((t) => t.name)).toEqual(["SGBV Team", TEAM]);
    const services = parse((await anonymous("police-services.csv")).text, { columns: true }) as Record<string, string>[];
    expect(services[3]).toEqual({ code: "SQ", name: "Sûreté du Québec", jurisdiction: "PROVINCIAL", province: "QC" });
    // The same in a report: a team name as a key column.
    const report = (await asRole("ANALYST", "femaleParticipation.csv?to=2023-12-31&groupBy=TEAM&minCellSize=0")).text;
    expect(report.split("\n").slice(1, 3).join("\n")).toMatch(/^"Community policing, ""North""\nunit",1,1,0,0,1,0,0,/);
    const rows = parse(report, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.team_name, r.officers, r.person_days])).toEqual([[TEAM, "1", "181"], ["SGBV Team", "1", "182"], ["", "4", "2496"]]);
  });

  it("reads the table in pages by key, the same rows whatever the page size", async () => {
    const statements: string[] = [];
    const db = { query: (sql: string, params?: unknown[]) => (statements.push(sql), fx.database.db.query(sql, params)) };
    const spec = findEntity("deployments")!;
    const paged: unknown[] = [];
    for await (const row of entityRows(db, spec, false, 3)) paged.push(row);
    const whole: unknown[] = [];
    for await (const row of entityRows(db, spec, false)) whole.push(row);
    expect(paged).toEqual(whole);
    expect(paged).toHaveLength(8);
    expect(statements).toHaveLength(3 + 1); // pages of 3, 3 and 2 rows, then the whole table in one
  });

  it("answers anonymous callers for public data only: officers and deployments need a key (401)", async () => {
    for (const name of ["missions", "trainings", "un-contributions", "teams", "police-services"]) {
      expect((await anonymous(`${name}.csv`)).status, name).toBe(200);
    }
    for (const name of ["officers", "deployments"]) {
      const res = await anonymous(`${name}.csv`);
      expect(res.status, name).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe("Bearer");
      expect(JSON.parse(res.text).errors[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringContaining("ANALYST") });
    }
    expect((await anonymous("officers.csv?includeNames=true")).status).toBe(401);
  });

  it("leaves the names out unless an ADMIN asks for them", async () => {
    const analyst = await asRole("ANALYST", "officers.csv");
    expect(analyst.text).toBe(`${EXPECTED.officers}\n`);
    expect(analyst.text).not.toContain("Tremblay");
    const refused = await asRole("ANALYST", "officers.csv?includeNames=true");
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text).errors[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: "This needs the ADMIN role; the API key has ANALYST." });
    expect((await asRole("ADMIN", "officers.csv")).text).toBe(`${EXPECTED.officers}\n`);
    const admin = await asRole("ADMIN", "officers.csv?includeNames=true");
    expect(admin.status).toBe(200);
    expect(admin.text).toBe(WITH_NAMES);
    expect(admin.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(admin.headers.get("content-disposition")).toBe(`attachment; filename="officers-${new Date().toISOString().slice(0, 10)}.csv"`);
  });

  it("runs a report as the request's caller, with the default suppression", async () => {
    // Person-days 2678 of the fixture to 2023-12-31, plus 181 of the team deployment.
    const res = await asRole(null, "femaleParticipation.csv?to=2023-12-31");
    expect(res.text.split("\n")[1]).toBe("5,4,1,,,,,,,2859,,,true,SYNTHETIC,synthetic demo,2023-12-31");
  });

  it("lists what can be exported", async () => {
    const index = JSON.parse((await anonymous("")).text);
    expect(index.entities.map((e: any) => [e.name, e.role])).toEqual([
      ["police-services", null], ["missions", null], ["teams", null], ["officers", "ANALYST"], ["deployments", "ANALYST"], ["trainings", null], ["un-contributions", null],
    ]);
    expect(index.reports).toContainEqual({ name: "countryCoverage", formats: ["csv", "json"], tables: ["countries", "byYear"] });
    expect(index.reports).toHaveLength(7);
  });

  it("rejects what an entity export does not take with 400 naming it", async () => {
    const cases: [string, string, string][] = [
      ["missions.json", "format", "the missions export is CSV only"],
      ["missions.csv?includeNames=true", "includeNames", "includeNames applies to the officers export only, not missions"],
      ["missions.csv?from=2020-01-01", "from", "the missions export takes no parameter from"],
      ["officers.csv?includeNames=perhaps", "includeNames", 'includeNames must be true or false, got "perhaps"'],
    ];
    for (const [path, field, message] of cases) {
      const res = await asRole("ADMIN", path);
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.text).errors[0], path).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field }, message: expect.stringContaining(message) });
    }
  });
});
