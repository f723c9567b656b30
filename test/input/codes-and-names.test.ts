import { afterAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/schema/common/global-id";
import { counts, csvFolder, importCsv, importRejected, problems, snapshot } from "../import/helpers";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";

const CODE_RULE = (max: number) =>
  `a code is 1 to ${max} ASCII letters and digits, starting with a capital letter or a digit, with single spaces, hyphens or underscores between words (e.g. MINUSTAH, CPM-UKRAINE, EUPOL COPPS)`;
const COUNTRY_RULE = "a country code is ISO 3166-1 alpha-3: three letters A-Z, in any case (e.g. HTI)";
const NAME_RULE = (max: number) =>
  `a name is 1 to ${max} characters of any script; control characters, line breaks, bidirectional controls (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069) and invisible formatting characters (except U+200C, U+200D) are refused`;
const TEXT_RULE = (max: number) =>
  `a text is 1 to ${max} characters of any script; tabs and line breaks are accepted; control characters, bidirectional controls (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069) and invisible formatting characters (except U+200C, U+200D) are refused`;

/** Each kind of bad code the attack stored beside MINUSTAH, and what the error says about it. */
const BAD_CODES: [kind: string, code: string, problem: string][] = [
  ["zero-width", "MINUSTAH\u200b", "contains a zero-width character U+200B at position 9"],
  ["bidi override", "MINUS\u202eTAH", "contains a bidirectional override U+202E at position 6"],
  ["combining mark", "MINUSTA\u0301H", "contains a combining mark U+0301 at position 8"],
  ["Cyrillic homoglyph", "M\u0406NUSTAH", 'contains a Cyrillic letter "\u0406" U+0406 at position 2'],
  ["only spaces", "   ", "holds only white space"],
  // Last: in a CSV file its record takes two physical lines.
  ["line break", "MINUS\nTAH", "contains a line break U+000A at position 6"],
];

const BAD_COUNTRIES: [kind: string, code: string, problem: string][] = [
  ["zero-width", "HTI\u200b", "contains a zero-width character U+200B at position 4"],
  ["bidi override", "\u202eHTI", "contains a bidirectional override U+202E at position 1"],
  ["combining mark", "HTI\u0301", "contains a combining mark U+0301 at position 4"],
  ["Cyrillic homoglyph", "H\u0422I", 'contains a Cyrillic letter "\u0422" U+0422 at position 2'],
  ["line break", "HT\nI", "contains a line break U+000A at position 3"],
  ["only spaces", "   ", "holds only white space"],
];

const BAD_NAMES: [kind: string, name: string, problem: string][] = [
  ["bidi override", "Ada\u202e", "contains a bidirectional override U+202E at position 4"],
  ["bidi isolate", "\u2067Ada", "contains a bidirectional isolate U+2067 at position 1"],
  ["right-to-left mark", "Ad\u200fa", "contains a bidirectional mark U+200F at position 3"],
  ["zero-width space", "A\u200bda", "contains a zero-width character U+200B at position 2"],
  ["C0 control", "Ada\u0007", "contains a control character U+0007 at position 4"],
  ["C1 control", "Ada\u009b", "contains a control character U+009B at position 4"],
  ["line break", "Ada\nTremblay", "contains a line break U+000A at position 4"],
  ["only spaces", " \u00a0 ", "holds only white space"],
  ["lone combining mark", "\u0301Ada", "starts with a combining mark U+0301, with nothing to combine with"],
];

const files = csvFolder();
afterAll(() => files.cleanup());

/** A CSV cell, quoted. */
const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;

describe.each(databaseTargets())("codes and names on the $name database", (target) => {
  const fx = useFixtureApp(target, { traceSql: false, role: "EDITOR" });
  const db = () => fx.database.db;

  /** `listed`: a mutation's input problems also come as `extensions.fields` (one here); a variable refused before execution has none. */
  async function refused(mutation: string, variables: Record<string, unknown>, field: string, message: string, listed = true) {
    const res = await fx.app.gql(mutation, variables);
    expect(res.errors, message).toHaveLength(1);
    expect(res.errors![0].extensions, message).toEqual(listed ? { code: "BAD_USER_INPUT", field, fields: [{ field, message }] } : { code: "BAD_USER_INPUT", field });
    expect(res.errors![0].message).toBe(message);
  }

  it("refuses each kind of bad code in mutations, naming field, character and position, with nothing written", async () => {
    const before = await snapshot(db());
    const createMission = `mutation($i: CreateMissionInput!) { createMission(input: $i) { id } }`;
    const mission = { name: "Look-alike", leadOrganizationCode: "UN", hostCountries: ["HTI"], kind: "PEACEKEEPING", startDate: "2004-06-01" };
    const createOfficer = `mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { id } }`;
    const createDeployment = `mutation($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }`;
    for (const [, code, problem] of BAD_CODES) {
      await refused(createMission, { i: { ...mission, code } }, "code", `code: ${problem}; ${CODE_RULE(64)}`);
      await refused(createMission, { i: { ...mission, code: "NEW-1", leadOrganizationCode: code } }, "leadOrganizationCode", `leadOrganizationCode: ${problem}; ${CODE_RULE(32)}`);
      await refused(createOfficer, { i: { personnelNumber: code, gender: "FEMALE", policeServiceCode: "RCMP" } }, "personnelNumber", `personnelNumber: ${problem}; ${CODE_RULE(32)}`);
      // A code naming another row is checked too, before it is looked up.
      await refused(createDeployment, { i: { personnelNumber: "P-001", missionCode: code, roleCode: "TRAINING", startDate: "2015-01-01" } }, "missionCode", `missionCode: ${problem}; ${CODE_RULE(64)}`);
      await refused(`mutation($c: String!) { createWpsMilestone(input: { date: "2021-03-08", title: "t", description: "d", category: $c }) { id } }`, { c: code },
        "category", `category: ${problem}; ${CODE_RULE(32)}`);
      await refused(`mutation($id: ID!, $c: String) { updateMission(id: $id, input: { code: $c }) { id } }`, { id: toGlobalId("Mission", 2), c: code }, "code", `code: ${problem}; ${CODE_RULE(64)}`);
    }
    for (const [, iso3, problem] of BAD_COUNTRIES) {
      await refused(createMission, { i: { ...mission, code: "NEW-2", hostCountries: ["HTI", iso3] } }, "hostCountries", `hostCountries: item 2 ${problem}; ${COUNTRY_RULE}`);
      await refused(`mutation($c: String!) { createTrainingDelivery(input: { title: "t", topicCode: "COMMUNITY_POLICING", countryIso3: $c, startDate: "2012-01-01", participants: 1, femaleParticipants: 0 }) { id } }`,
        { c: iso3 }, "countryIso3", `countryIso3: ${problem}; ${COUNTRY_RULE}`);
    }
    expect(await snapshot(db())).toEqual(before);
    expect(await db().query(`SELECT code FROM mission WHERE code LIKE 'M%' ORDER BY code`)).toEqual([{ code: "MINUSTAH" }]);
    expect(await db().query(`SELECT count(*)::int AS n FROM wps_milestone`)).toEqual([{ n: 1 }]);
  });

  it("accepts the real codes' forms, spaces and mixed case included", async () => {
    const res = await fx.app.gql(`mutation { a: createMission(input: { code: "EUCAP Sahel Mali", name: "EUCAP Sahel Mali", leadOrganizationCode: "EU", hostCountries: ["HTI"], kind: OTHER, startDate: "2014-01-15" }) { code }
      b: createOfficer(input: { personnelNumber: "CPA-000123", gender: FEMALE, policeServiceCode: "RCMP" }) { personnelNumber } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: { code: "EUCAP Sahel Mali" }, b: { personnelNumber: "CPA-000123" } });
  });

  it("stores names in NFC, trimmed, in any script, and refuses invisible and control characters", async () => {
    const create = `mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { personnelNumber } }`;
    // "Côté" written with combining marks: o + U+0302, e + U+0301.
    const decomposed = "Co\u0302te\u0301";
    const res = await fx.app.gql(create, { i: { personnelNumber: "NFC-1", givenName: " Ada ", familyName: decomposed, gender: "FEMALE", policeServiceCode: "RCMP" } });
    expect(res.errors).toBeUndefined();
    const [row] = await db().query(`SELECT given_name, family_name, length(family_name) AS n FROM officer WHERE personnel_number = 'NFC-1'`);
    expect(row).toEqual({ given_name: "Ada", family_name: "C\u00f4t\u00e9", n: 4 });
    // A team named with a composed "É" is found by the same name written decomposed.
    const team = await fx.app.gql(`mutation { createSpecializedTeam(input: { missionCode: "MINUSTAH", name: "\u00c9quipe VSBG", focus: SGBV }) { name } }`);
    expect(team.data.createSpecializedTeam).toEqual({ name: "\u00c9quipe VSBG" });
    const deployment = await fx.app.gql(`mutation($t: String) { createDeployment(input: { personnelNumber: "NFC-1", missionCode: "MINUSTAH", roleCode: "TRAINING", teamName: $t, startDate: "2015-01-01" }) { team { name } } }`,
      { t: "E\u0301quipe VSBG" });
    expect(deployment.errors).toBeUndefined();
    expect(deployment.data.createDeployment).toEqual({ team: { name: "\u00c9quipe VSBG" } });

    const scripts = await fx.app.gql(create, { i: { personnelNumber: "NFC-2", givenName: "\u0639\u0644\u06cc\u200c\u0631\u0636\u0627", familyName: "\u0413\u043e\u043d\u0447\u0430\u0440\u0435\u043d\u043a\u043e", gender: "MALE", policeServiceCode: "RCMP" } });
    expect(scripts.errors).toBeUndefined();
    expect(await db().query(`SELECT given_name, family_name FROM officer WHERE personnel_number = 'NFC-2'`)).toEqual([{ given_name: "علی\u200cرضا", family_name: "Гончаренко" }]);

    const before = await snapshot(db());
    for (const [, name, problem] of BAD_NAMES) {
      await refused(create, { i: { personnelNumber: "NFC-3", familyName: name, gender: "MALE", policeServiceCode: "RCMP" } }, "familyName", `familyName: ${problem}; ${NAME_RULE(200)}`);
      await refused(`mutation($n: String!) { createSpecializedTeam(input: { missionCode: "UNMIK", name: $n, focus: SGBV }) { id } }`, { n: name }, "name", `name: ${problem}; ${NAME_RULE(500)}`);
    }
    // Descriptions and sources may hold lines, nothing invisible.
    await refused(`mutation { createWpsMilestone(input: { date: "2021-03-08", title: "t", description: "a\\u202Eb", category: "POLICY" }) { id } }`, {},
      "description", `description: contains a bidirectional override U+202E at position 2; ${TEXT_RULE(5000)}`);
    await refused(`mutation { updateMission(id: "${toGlobalId("Mission", 1)}", input: { source: "RCMP\\u0000" }) { id } }`, {},
      "input.source", "Text must not contain the NUL character (\\u0000), got it in input.source", false);
    // An API key's name is who did what in the audit log.
    const key = await fx.app.gql(`mutation { createApiKey(name: "ops\u202Etoor", role: ANALYST) { name } }`, {}, { token: fx.tokens.ADMIN });
    expect(key.errors?.[0]).toMatchObject({ message: `the key name contains a bidirectional override U+202E at position 4; ${NAME_RULE(100)}`, extensions: { code: "BAD_USER_INPUT", field: "name" } });
    expect(await db().query(`SELECT count(*)::int AS n FROM api_key WHERE name LIKE 'ops%'`)).toEqual([{ n: 0 }]);
    expect(await snapshot(db())).toEqual(before);
    const lines = await fx.app.gql(`mutation { createWpsMilestone(input: { date: "2021-03-08", title: "t", description: "line 1\\nline 2\\tend", category: "POLICY" }) { description } }`);
    expect(lines.data).toEqual({ createWpsMilestone: { description: "line 1\nline 2\tend" } });
  });

  it("refuses each kind of bad code in the import, by line and column, with nothing written", async () => {
    const header = "code,name,lead_organization_code,host_countries,kind,start_date,end_date";
    // The line break comes last: its record takes two physical lines.
    const missions = [header, ...BAD_CODES.map(([, code]) => `${cell(code)},Look-alike,UN,HTI,PEACEKEEPING,2004-06-01,`)].join("\n");
    const bad = await importRejected(db(), "missions", files.write(missions));
    expect(problems(bad)).toEqual(BAD_CODES.map(([, , problem], i) => {
      // A cell of spaces is an empty cell.
      if (problem === "holds only white space") return `${i + 2} code: is required`;
      return `${i + 2} code: ${problem}; ${CODE_RULE(64)}`;
    }));

    const hosts = [header, ...BAD_COUNTRIES.filter(([kind]) => kind !== "only spaces").map(([, iso3], i) => `HOST-${i},Hosts,UN,${cell(`HTI;${iso3}`)},PEACEKEEPING,2004-06-01,`)].join("\n");
    expect(problems(await importRejected(db(), "missions", files.write(hosts)))).toEqual(
      BAD_COUNTRIES.filter(([kind]) => kind !== "only spaces").map(([, , problem], i) => `${i + 2} host_countries: country 2 ${problem}; ${COUNTRY_RULE}`),
    );

    const deployments = ["personnel_number,mission_code,role_code,start_date", ...BAD_CODES.slice(0, 4).map(([, code]) => `P-001,${cell(code)},TRAINING,2015-01-01`), `P-001\u200b,MINUSTAH,TRAINING,2015-01-01`].join("\n");
    expect(problems(await importRejected(db(), "deployments", files.write(deployments)))).toEqual([
      // A code that breaks the rule is offered the known code it is closest to.
      ...BAD_CODES.slice(0, 4).map(([, , problem], i) => `${i + 2} mission_code: ${problem}; ${CODE_RULE(64)}; did you mean "MINUSTAH"?`),
      `6 personnel_number: contains a zero-width character U+200B at position 6; ${CODE_RULE(32)}`,
    ]);

    const services = `code,name,jurisdiction\nRCMP\u0456,Look-alike,FEDERAL\nOK1,${cell("Police\u202e")},FEDERAL\nOK2,${cell("two\r\nlines")},FEDERAL\n`;
    expect(problems(await importRejected(db(), "police-services", files.write(services)))).toEqual([
      `2 code: contains a Cyrillic letter "\u0456" U+0456 at position 5; ${CODE_RULE(32)}`,
      `3 name: contains a bidirectional override U+202E at position 7; ${NAME_RULE(500)}`,
      `4 name: contains a line break U+000D at position 4; ${NAME_RULE(500)}`,
    ]);
    expect(await db().query(`SELECT code FROM mission WHERE code LIKE 'M%' ORDER BY code`)).toEqual([{ code: "MINUSTAH" }]);
  });

  it("imports names in NFC and refuses invisible characters in them", async () => {
    const officers = `personnel_number,given_name,family_name,gender,police_service_code\nIMP-NFC,${cell("Zoe\u0308")},${cell("Co\u0302te\u0301")},FEMALE,RCMP\n`;
    expect(counts(await importCsv(db(), "officers", files.write(officers)))).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0 });
    expect(await db().query(`SELECT given_name, family_name FROM officer WHERE personnel_number = 'IMP-NFC'`)).toEqual([{ given_name: "Zo\u00eb", family_name: "C\u00f4t\u00e9" }]);
    // Importing the decomposed file again changes nothing: it is the same name.
    expect(counts(await importCsv(db(), "officers", files.write(officers)))).toEqual({ rows: 1, inserted: 0, updated: 0, unchanged: 1 });

    const bad = `personnel_number,given_name,family_name,rank,gender,police_service_code\nIMP-BAD,${cell("Ada\u2066")},x,,FEMALE,RCMP\nIMP-BAD2,Ada,x,${cell("Sgt\u200b")},FEMALE,RCMP\n`;
    expect(problems(await importRejected(db(), "officers", files.write(bad)))).toEqual([
      `2 given_name: contains a bidirectional isolate U+2066 at position 4; ${NAME_RULE(200)}`,
      `3 rank: contains a zero-width character U+200B at position 4; ${NAME_RULE(100)}`,
    ]);
  });
});
