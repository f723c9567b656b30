import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { cliCaller } from "../../src/cli/cli-caller";
import { parseVariables, runQuery } from "../../src/cli/query/query-export";
import { OperationError } from "../../src/cli/query/run-operation";
import { createLogger } from "../../src/core/logger";
import { createContext } from "../../src/graphql/context";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { loadFixture } from "../support/fixture";

describe.each(databaseTargets())("the query command's flattening on the $name database", (target) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await target.open();
    await loadFixture(database.db);
  });
  afterAll(() => database?.close());

  const run = (query: string, variables: Record<string, unknown> = {}, includeNames = false, operation?: string) =>
    runQuery(query, variables, operation, createContext(database.db, "test", cliCaller(includeNames)), { logger: createLogger("silent") });
  const failure = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (err) {
      if (err instanceof OperationError) return { code: err.code, message: err.message };
      return { code: (err as any).extensions?.code, message: (err as Error).message };
    }
    throw new Error("expected an error");
  };

  it("takes the first list, one row per node of a connection, nested objects as joined snake_case paths", async () => {
    const { table } = await run(`{ missions(first: 10, orderBy: [{ field: CODE }]) { totalCount edges { cursor node {
      code leadOrganization { code } hostCountries { iso3 } endDate } } } }`);
    expect(table.columns).toEqual(["code", "lead_organization_code", "host_countries_iso3", "end_date"]);
    expect(table.records).toEqual([
      { code: "CPM-UKRAINE", lead_organization_code: "BILATERAL", host_countries_iso3: "UKR", end_date: "2022-02-28" },
      { code: "EUPOL COPPS", lead_organization_code: "EU", host_countries_iso3: "PSE", end_date: null },
      { code: "MINUSTAH", lead_organization_code: "UN", host_countries_iso3: "HTI", end_date: "2017-10-15" },
      { code: "UNISFA", lead_organization_code: "UN", host_countries_iso3: "SDN;SSD", end_date: null },
      { code: "UNMIK", lead_organization_code: "UN", host_countries_iso3: "XKX", end_date: null },
    ]);
  });

  it("joins a nested connection's values with ; and leaves edges and node out of the names", async () => {
    const { table } = await run(`{ officers(first: 2) { edges { node { personnelNumber
      deployments(first: 5, orderBy: [{ field: START_DATE }]) { totalCount edges { node { startDate mission { code } } } } } } } }`);
    expect(table.columns).toEqual(["personnel_number", "deployments_total_count", "deployments_start_date", "deployments_mission_code"]);
    expect(table.records).toEqual([
      { personnel_number: "P-001", deployments_total_count: 2, deployments_start_date: "2010-01-01;2016-06-01", deployments_mission_code: "MINUSTAH;CPM-UKRAINE" },
      { personnel_number: "P-002", deployments_total_count: 2, deployments_start_date: "2010-06-01;2013-01-01", deployments_mission_code: "MINUSTAH;EUPOL COPPS" },
    ]);
  });

  it("takes a plain list as it is, follows aliases and fragments, and uses variables", async () => {
    const { table } = await run(`query Hosts($code: String!) { m: mission(code: $code) { ...Hosts } }
      fragment Hosts on Mission { hostCountries { countryCode: iso3 name } }`, { code: "UNISFA" });
    expect(table.columns).toEqual(["country_code", "name"]);
    expect(table.records).toEqual([{ country_code: "SDN", name: "Sudan" }, { country_code: "SSD", name: "South Sudan" }]);
    const series = await run(`{ reconciliation(from: "2016-08-01", to: "2016-09-30") { date mission { code } unReported difference } }`);
    expect(series.table.columns).toEqual(["date", "mission_code", "un_reported", "difference"]);
    expect(series.table.records).toEqual([
      { date: "2016-08-31", mission_code: "MINUSTAH", un_reported: 84, difference: -84 },
      { date: "2016-09-30", mission_code: "MINUSTAH", un_reported: 80, difference: -80 },
    ]);
  });

  it("writes one row for a query without a list, and a header for an empty list", async () => {
    const one = await run(`{ organization(code: "EU") { code name } }`);
    expect(one.table.columns).toEqual(["organization_code", "organization_name"]);
    expect(one.table.records).toEqual([{ organization_code: "EU", organization_name: "European Union" }]);
    const empty = await run(`{ reconciliation(from: "1990-01-01", to: "1990-02-28") { date registerHeadcount } }`);
    expect(empty.table).toMatchObject({ columns: ["date", "register_headcount"], records: [] });
  });

  it("gives officers' names only with --include-names", async () => {
    const query = `{ officer(personnelNumber: "P-004") { personnelNumber givenName familyName } }`;
    expect(await failure(run(query))).toEqual({ code: "FORBIDDEN", message: "This needs the ADMIN role; the command runs as ANALYST unless given --include-names." });
    const named = await run(query, {}, true);
    expect(named.table.records).toEqual([{ officer_personnel_number: "P-004", officer_given_name: "Mia", officer_family_name: "Côté" }]);
  });

  it("names what is wrong with a query or its variables", async () => {
    expect(await failure(run(`{ missions { `))).toMatchObject({ code: "GRAPHQL_PARSE_FAILED", message: expect.stringContaining("Syntax Error") });
    expect(await failure(run(`{ missions { colour } }`))).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", message: 'Cannot query field "colour" on type "MissionConnection".' });
    expect(await failure(run(`query ($c: String!) { mission(code: $c) { name } }`, { c: 7 }))).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining('Variable "$c" got invalid value 7') });
    expect(await failure(run(`query A { organization(code: "EU") { code } } query B { organization(code: "UN") { code } }`))).toMatchObject({ code: "BAD_USER_INPUT", message: "the document has several operations: name one with --operation" });
    const b = await run(`query A { organization(code: "EU") { code } } query B { organization(code: "UN") { code } }`, {}, false, "B");
    expect(b.table.records).toEqual([{ organization_code: "UN" }]);
    expect(await failure(run(`{ femaleParticipation(minCellSize: -2) { total { officers } } }`))).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("minCellSize") });
    // The API's guard on variables holds here too: 5,000 levels deep, and a lone surrogate (the
    // 4th character, counted from 1 as every message counts).
    let deep: unknown = "MINUSTAH";
    for (let i = 0; i < 5000; i++) deep = [deep];
    const missions = `query ($m: [String!]) { femaleParticipation(filter: { missions: $m }) { total { officers } } }`;
    expect(await failure(run(missions, { m: deep }))).toEqual({
      code: "BAD_USER_INPUT",
      message: "The value of filter.missions nests lists and objects more than 32 levels deep; at most 32 are accepted (the variable depth limit, PEACEOPS_MAX_VARIABLE_DEPTH)",
    });
    expect(await failure(run(`query ($c: String!) { mission(code: $c) { name } }`, { c: "MIN\ud800" }))).toEqual({
      code: "BAD_USER_INPUT",
      message: "Text must be well-formed Unicode: code holds a lone surrogate (\\ud800 without its other half) at position 4; send the character itself or its complete surrogate pair",
    });
  });
});

describe("--variables", () => {
  it("must be a JSON object", () => {
    expect(parseVariables('{"code": "HTI"}')).toEqual({ code: "HTI" });
    expect(parseVariables(undefined)).toEqual({});
    expect(() => parseVariables("{code: HTI}")).toThrow(/^--variables must be a JSON object: /);
    expect(() => parseVariables("[1, 2]")).toThrow("--variables must be a JSON object, like {\"code\": \"MINUSTAH\"}; got [1, 2]");
  });
});
