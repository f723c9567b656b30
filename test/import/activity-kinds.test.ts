import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { counts, csvFolder, importCsv, importRejected, loadReference, problems } from "./helpers";

const files = csvFolder();
afterAll(() => files.cleanup());

describe.each(databaseTargets())("importing deployments and trainings on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
    await loadReference(t.db);
    const officers = await importCsv(t.db, "officers", files.write("personnel_number,gender,police_service_code\nD-1,FEMALE,RCMP\nD-2,MALE,SQ\n"));
    const teams = await importCsv(t.db, "teams", files.write("mission_code,name,focus\nMINUSTAH,SGBV team,SGBV\n"));
    expect([officers.inserted, teams.inserted]).toEqual([2, 1]);
  });
  afterAll(() => t?.close());

  const rejected = (kind: string, text: string) => importRejected(t.db, kind, files.write(text));

  it("deployments: references resolved, keyed by officer, mission and start date", async () => {
    const valid = [
      "personnel_number,mission_code,role_code,team_name,start_date,end_date,senior",
      "D-1,MINUSTAH,TRAINING,SGBV team,2016-01-01,2016-06-30,true",
      "D-2,MINUSTAH,MENTORING,,2016-02-01,,",
    ].join("\r\n");
    const file = files.write(valid, "deployments.csv");
    expect(counts(await importCsv(t.db, "deployments", file))).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0 });
    const stored = () => t.db.query(
      `SELECT o.personnel_number, m.code AS mission, r.code AS role, st.name AS team, d.start_date, d.end_date, d.senior, d.source
       FROM deployment d JOIN officer o ON o.id = d.officer_id JOIN mission m ON m.id = d.mission_id JOIN role r ON r.id = d.role_id
       LEFT JOIN specialized_team st ON st.id = d.team_id ORDER BY 1, d.start_date`);
    expect(await stored()).toEqual([
      { personnel_number: "D-1", mission: "MINUSTAH", role: "TRAINING", team: "SGBV team", start_date: "2016-01-01", end_date: "2016-06-30", senior: true, source: "deployments.csv" },
      { personnel_number: "D-2", mission: "MINUSTAH", role: "MENTORING", team: null, start_date: "2016-02-01", end_date: null, senior: false, source: "deployments.csv" },
    ]);
    expect(counts(await importCsv(t.db, "deployments", file))).toEqual({ rows: 2, inserted: 0, updated: 0, unchanged: 2 });

    const bad = await rejected("deployments", [
      "personnel_number,mission_code,role_code,team_name,start_date,end_date,senior",
      "D-9,MINUSTAH,TRAINING,,2016-01-01,,",
      "D-1,MINUSTAH,NOPE,Ghost team,2016-01-01x,,yes",
      "D-1,MINUSTAH,TRAINING,,2017-01-01,,",
      "D-1,MINUSTAH,MENTORING,,2017-01-01,,",
      "D-2,,TRAINING,,2017-01-01,2016-12-31,",
    ].join("\n"));
    expect(problems(bad)).toEqual([
      '2 personnel_number: unknown personnel number "D-9"; an officer is added by importing it (officers) first',
      '3 role_code: unknown role "NOPE"; known: ELECTORAL_SUPPORT, HUMANITARIAN_RESPONSE, HUMAN_RIGHTS_INVESTIGATION, LEADERSHIP, MENTORING, MONITORING, OTHER, TRAINING',
      '3 team_name: unknown team "Ghost team" in mission MINUSTAH',
      '3 start_date: "2016-01-01x" is not written YYYY-MM-DD; accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD',
      '3 senior: "yes" is not true or false',
      "5 personnel_number: repeats the personnel_number + mission_code + start_date of line 4: a row is one record; keep one of the two",
      "6 mission_code: is required",
      "6 end_date: end_date (2016-12-31) is before start_date (2017-01-01)",
    ]);

    const changed = files.write(valid.replace("2016-02-01,,", "2016-02-01,2016-08-31,"), "deployments-2.csv");
    expect(counts(await importCsv(t.db, "deployments", changed))).toEqual({ rows: 2, inserted: 0, updated: 1, unchanged: 1 });
    // The change is written; the row keeps its source (the file has no source column).
    expect((await stored())[1]).toMatchObject({ end_date: "2016-08-31", source: "deployments.csv" });
    expect((await stored())[0]).toMatchObject({ source: "deployments.csv" });
  });

  it("trainings: counts checked against each other", async () => {
    const valid = [
      "title,topic_code,country_iso3,mission_code,start_date,end_date,participants,female_participants,instructors_certified,female_only",
      '"Domestic violence, basics",DOMESTIC_VIOLENCE_LEGISLATION,UKR,CPM-UKRAINE,2019-03-04,2019-03-08,24,24,2,true',
      "Tactics,TACTICAL_DEFENSIVE_TECHNIQUES,IRQ,,2019-05-01,,30,10,,",
    ].join("\n");
    const file = files.write(valid, "trainings.csv");
    expect(counts(await importCsv(t.db, "trainings", file))).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0 });
    const stored = () => t.db.query(
      `SELECT d.title, tt.code AS topic, d.country_iso3, m.code AS mission, d.start_date, d.end_date, d.participants,
              d.female_participants, d.instructors_certified, d.female_only
       FROM training_delivery d JOIN training_topic tt ON tt.id = d.topic_id LEFT JOIN mission m ON m.id = d.mission_id ORDER BY d.title`);
    expect(await stored()).toEqual([
      { title: "Domestic violence, basics", topic: "DOMESTIC_VIOLENCE_LEGISLATION", country_iso3: "UKR", mission: "CPM-UKRAINE", start_date: "2019-03-04", end_date: "2019-03-08", participants: 24, female_participants: 24, instructors_certified: 2, female_only: true },
      { title: "Tactics", topic: "TACTICAL_DEFENSIVE_TECHNIQUES", country_iso3: "IRQ", mission: null, start_date: "2019-05-01", end_date: null, participants: 30, female_participants: 10, instructors_certified: 0, female_only: false },
    ]);
    expect(counts(await importCsv(t.db, "trainings", file))).toEqual({ rows: 2, inserted: 0, updated: 0, unchanged: 2 });

    const bad = await rejected("trainings", [
      "title,topic_code,country_iso3,mission_code,start_date,end_date,participants,female_participants,instructors_certified,female_only",
      "X,NOPE,ZZZ,,2019-01-01,,10,11,,",
      "Y,TACTICAL_DEFENSIVE_TECHNIQUES,IRQ,,2019-01-01,,-1,0,,",
      "Z,TACTICAL_DEFENSIVE_TECHNIQUES,IRQ,,2019-01-01,,10,5,,true",
      "W,TACTICAL_DEFENSIVE_TECHNIQUES,IRQ,NOPE,2019-01-01,,ten,5,1.5,",
    ].join("\n"));
    expect(problems(bad)).toEqual([
      '2 topic_code: unknown training topic "NOPE"; known: COMMUNITY_POLICING, DOMESTIC_VIOLENCE_INVESTIGATION, DOMESTIC_VIOLENCE_LEGISLATION, DOMESTIC_VIOLENCE_PREVENTION, HUMAN_RIGHTS, INSTRUCTOR_DEVELOPMENT, SGBV_INVESTIGATION, TACTICAL_DEFENSIVE_TECHNIQUES',
      '2 country_iso3: unknown country "ZZZ"; the ISO 3166-1 alpha-3 code of a country (e.g. HTI for Haiti, UKR for Ukraine)',
      "2 female_participants: female_participants (11) must not exceed participants (10)",
      "3 participants: -1 is less than 0",
      "4 female_only: female_only is true but female_participants (5) differs from participants (10)",
      '5 mission_code: unknown mission "NOPE"; the missions of the register are listed by `peaceops export missions`, and a new one is added by importing it (missions) first',
      '5 participants: "ten" is not a whole number',
      '5 instructors_certified: "1.5" is not a whole number',
    ]);

    const changed = files.write(valid.replace("30,10,,", "31,10,,"), "trainings-2.csv");
    expect(counts(await importCsv(t.db, "trainings", changed))).toEqual({ rows: 2, inserted: 0, updated: 1, unchanged: 1 });
    expect((await stored())[1]).toMatchObject({ participants: 31 });
  });
});
