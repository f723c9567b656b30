import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { counts, csvFolder, importCsv, importRejected, loadReference, problems, warnings } from "./helpers";

const files = csvFolder();
afterAll(() => files.cleanup());

describe.each(databaseTargets())("importing registers on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
    await loadReference(t.db);
  });
  afterAll(() => t?.close());

  const rejected = (kind: string, text: string) => importRejected(t.db, kind, files.write(text));

  it("police-services: inserts, rejects each kind of error, is idempotent and updates a changed row", async () => {
    const valid = "code,name,jurisdiction,province\nXTPS,Toronto Police Service,municipal,on\nXSPVM,\"Service de police de la Ville de Montréal\",MUNICIPAL,QC\n";
    const file = files.write(valid, "services.csv");
    expect(counts(await importCsv(t.db, "police-services", file))).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0 });
    expect(await t.db.query(`SELECT code, name, jurisdiction, province FROM police_service WHERE code IN ('XTPS', 'XSPVM') ORDER BY code`)).toEqual([
      { code: "XSPVM", name: "Service de police de la Ville de Montréal", jurisdiction: "MUNICIPAL", province: "QC" },
      { code: "XTPS", name: "Toronto Police Service", jurisdiction: "MUNICIPAL", province: "ON" },
    ]);
    expect(counts(await importCsv(t.db, "police-services", file))).toEqual({ rows: 2, inserted: 0, updated: 0, unchanged: 2 });

    const bad = await rejected("police-services", [
      "code,name,jurisdiction,province,colour",
      ",Nameless,FEDERAL,,blue",
      "BAD,Bad,STATE,ZZ,",
      "NEW,New,MUNICIPAL,ON,",
      "NEW,New again,MUNICIPAL,ON,",
      `${"L".repeat(33)},Long,FEDERAL,,`,
      "SHORT,Short",
    ].join("\n"));
    expect(warnings(bad)).toEqual(["1 colour: unknown column, ignored"]);
    expect(problems(bad)).toEqual([
      "2 code: is required",
      '3 jurisdiction: "STATE" is not one of FEDERAL, PROVINCIAL, MUNICIPAL, FIRST_NATIONS',
      '3 province: "ZZ" is not one of AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT',
      "5 code: repeats the code of line 4: a row is one record; keep one of the two",
      "6 code: is 33 characters long; a code is 1 to 32 ASCII letters and digits, starting with a capital letter or a digit, with single spaces, hyphens or underscores between words (e.g. MINUSTAH, CPM-UKRAINE, EUPOL COPPS)",
      "7 -: has 2 fields; the header has 5: fill in or add the missing cells",
    ]);

    const changed = files.write(valid.replace("Toronto Police Service", "Toronto Police"), "services.csv");
    expect(counts(await importCsv(t.db, "police-services", changed))).toEqual({ rows: 2, inserted: 0, updated: 1, unchanged: 1 });
    expect(await t.db.query(`SELECT name FROM police_service WHERE code = 'XTPS'`)).toEqual([{ name: "Toronto Police" }]);
  });

  it("missions: host countries replace the stored set; a change of hosts alone is an update", async () => {
    const valid = [
      "code,name,lead_organization_code,host_countries,kind,start_date,end_date",
      "TEST-ONE,Test mission one,UN,HTI; DOM,peacekeeping,2020-01-01,2021-06-30",
      'TEST-TWO,"Mission, two",EU,UKR,,2022-03-01,',
    ].join("\n");
    const file = files.write(valid, "missions.csv");
    expect(counts(await importCsv(t.db, "missions", file))).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0 });
    const stored = () => t.db.query(
      `SELECT m.code, m.name, o.code AS lead, m.kind, m.start_date, m.end_date, m.source,
              (SELECT string_agg(country_iso3, ';' ORDER BY country_iso3) FROM mission_host_country h WHERE h.mission_id = m.id) AS hosts
       FROM mission m JOIN organization o ON o.id = m.lead_organization_id WHERE m.code LIKE 'TEST-%' ORDER BY m.code`);
    expect(await stored()).toEqual([
      { code: "TEST-ONE", name: "Test mission one", lead: "UN", kind: "PEACEKEEPING", start_date: "2020-01-01", end_date: "2021-06-30", source: "missions.csv", hosts: "DOM;HTI" },
      { code: "TEST-TWO", name: "Mission, two", lead: "EU", kind: "OTHER", start_date: "2022-03-01", end_date: null, source: "missions.csv", hosts: "UKR" },
    ]);
    expect(counts(await importCsv(t.db, "missions", file))).toEqual({ rows: 2, inserted: 0, updated: 0, unchanged: 2 });

    const bad = await rejected("missions", [
      "code,name,lead_organization_code,host_countries,kind,start_date,end_date",
      "TEST-X,X,NOPE,HTI;XXX,,2020-13-01,",
      "TEST-Y,Y,UN,,WAR,2020-01-01,2019-01-01",
    ].join("\n"));
    expect(problems(bad)).toEqual([
      '2 lead_organization_code: unknown organization "NOPE"; known: AU, BILATERAL, COALITION, EU, NATO, OSCE, UN',
      '2 host_countries: unknown country "XXX"; did you mean "XKX"?',
      '2 start_date: "2020-13-01" is not a calendar date (there is no month 13); accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD',
      "3 host_countries: is required",
      '3 kind: "WAR" is not one of PEACEKEEPING, SPECIAL_POLITICAL, POLICE_DEVELOPMENT, TRIBUNAL_SUPPORT, OTHER',
      "3 end_date: end_date (2019-01-01) is before start_date (2020-01-01)",
    ]);

    const hostsOnly = files.write(valid.replace("HTI; DOM", "HTI"), "missions-2.csv");
    expect(counts(await importCsv(t.db, "missions", hostsOnly))).toEqual({ rows: 2, inserted: 0, updated: 1, unchanged: 1 });
    expect((await stored())[0]).toMatchObject({ hosts: "HTI", source: "missions.csv" });
    // Without the optional kind, end_date and source columns, the stored values stay.
    const partial = files.write("code,name,lead_organization_code,host_countries,start_date\nTEST-ONE,Renamed,UN,HTI,2020-01-01\n", "missions-3.csv");
    expect(counts(await importCsv(t.db, "missions", partial))).toEqual({ rows: 1, inserted: 0, updated: 1, unchanged: 0 });
    expect((await stored())[0]).toEqual({
      code: "TEST-ONE", name: "Renamed", lead: "UN", kind: "PEACEKEEPING", start_date: "2020-01-01", end_date: "2021-06-30", source: "missions.csv", hosts: "HTI",
    });
  });

  it("teams: keyed by mission and name", async () => {
    const valid = "mission_code,name,focus,led_by_canada,start_date,end_date\nMINUSTAH,SGBV team,sgbv,TRUE,2017-01-01,\nMINUSTAH,Community team,COMMUNITY_POLICING,,,\n";
    const file = files.write(valid, "teams.csv");
    expect(counts(await importCsv(t.db, "teams", file))).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0 });
    const stored = () => t.db.query(`SELECT name, focus, led_by_canada, start_date, end_date FROM specialized_team ORDER BY name`);
    expect(await stored()).toEqual([
      { name: "Community team", focus: "COMMUNITY_POLICING", led_by_canada: false, start_date: null, end_date: null },
      { name: "SGBV team", focus: "SGBV", led_by_canada: true, start_date: "2017-01-01", end_date: null },
    ]);
    expect(counts(await importCsv(t.db, "teams", file))).toEqual({ rows: 2, inserted: 0, updated: 0, unchanged: 2 });
    const bad = await rejected("teams", [
      "mission_code,name,focus,led_by_canada,start_date,end_date",
      "NOPE,T,SGBV,maybe,,",
      "MINUSTAH,T2,OTHER,false,2018-01-01,2017-01-01",
      "MINUSTAH,T3,,false,,",
      "MINUSTAH,T4,OTHER,false,,",
      "MINUSTAH,T4,SGBV,,,",
    ].join("\n"));
    expect(problems(bad)).toEqual([
      '2 mission_code: unknown mission "NOPE"; the missions of the register are listed by `peaceops export missions`, and a new one is added by importing it (missions) first',
      '2 led_by_canada: "maybe" is not true or false',
      "3 end_date: end_date (2017-01-01) is before start_date (2018-01-01)",
      "4 focus: is required",
      "6 mission_code: repeats the mission_code + name of line 5: a row is one record; keep one of the two",
    ]);
    const changed = files.write(valid.replace(",,,\n", ",,2019-01-01,2019-12-31\n"), "teams.csv");
    expect(counts(await importCsv(t.db, "teams", changed))).toEqual({ rows: 2, inserted: 0, updated: 1, unchanged: 1 });
    expect((await stored())[0]).toMatchObject({ start_date: "2019-01-01", end_date: "2019-12-31" });
  });

  it("officers: an absent optional column keeps the stored value, an empty cell sets null", async () => {
    const valid = "personnel_number,given_name,family_name,gender,rank,police_service_code\nT-001,Marie,\"Tremblay-O'Neil, Jr.\",female,Cst,SQ\nT-002,,,MALE,,RCMP\n";
    const file = files.write(valid, "officers.csv");
    expect(counts(await importCsv(t.db, "officers", file))).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0 });
    const stored = () => t.db.query(
      `SELECT o.personnel_number, o.given_name, o.family_name, o.gender, o.rank, s.code AS service, o.source
       FROM officer o JOIN police_service s ON s.id = o.police_service_id WHERE o.personnel_number LIKE 'T-%' ORDER BY 1`);
    expect(await stored()).toEqual([
      { personnel_number: "T-001", given_name: "Marie", family_name: "Tremblay-O'Neil, Jr.", gender: "FEMALE", rank: "Cst", service: "SQ", source: "officers.csv" },
      { personnel_number: "T-002", given_name: null, family_name: null, gender: "MALE", rank: null, service: "RCMP", source: "officers.csv" },
    ]);
    expect(counts(await importCsv(t.db, "officers", file))).toEqual({ rows: 2, inserted: 0, updated: 0, unchanged: 2 });

    const bad = await rejected("officers", [
      "personnel_number,gender,police_service_code",
      "T-003,robot,RCMP",
      "T-004,FEMALE,NOPE",
      ",,RCMP",
    ].join("\n"));
    expect(problems(bad)).toEqual([
      '2 gender: "robot" is not one of FEMALE, MALE, ANOTHER_GENDER, UNDISCLOSED',
      '3 police_service_code: unknown police service "NOPE"; the police services are listed by `peaceops export police-services`, and a new one is added by importing it first',
      "4 personnel_number: is required",
      "4 gender: is required",
    ]);
    const missing = await rejected("officers", "personnel_number,given_name\nT-009,Ann\n");
    expect(problems(missing)).toEqual([
      "1 gender: required column is missing; officers files have the columns personnel_number, given_name (optional), family_name (optional), gender, rank (optional), police_service_code, source (optional)",
      "1 police_service_code: required column is missing",
    ]);

    const noNames = files.write("personnel_number,gender,police_service_code\nT-001,FEMALE,OPP\n", "officers-2.csv");
    expect(counts(await importCsv(t.db, "officers", noNames))).toEqual({ rows: 1, inserted: 0, updated: 1, unchanged: 0 });
    expect((await stored())[0]).toEqual({
      personnel_number: "T-001", given_name: "Marie", family_name: "Tremblay-O'Neil, Jr.", gender: "FEMALE", rank: "Cst", service: "OPP", source: "officers.csv",
    });
    const emptyName = files.write("personnel_number,given_name,gender,police_service_code\nT-001,,FEMALE,OPP\n", "officers-3.csv");
    expect(counts(await importCsv(t.db, "officers", emptyName))).toEqual({ rows: 1, inserted: 0, updated: 1, unchanged: 0 });
    expect((await stored())[0]).toMatchObject({ given_name: null, family_name: "Tremblay-O'Neil, Jr." });
  });
});
