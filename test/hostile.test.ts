import { afterAll, describe, expect, it } from "vitest";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

const INJECTIONS = ["'; DROP TABLE officer; --", "%", "_", "\\", "\\'; SELECT pg_sleep(5); --", "\" OR 1=1 --", "$1", "MINUSTAH\u0000", "x".repeat(5000)];

/**
 * Every text argument of every list filter. `search` and filter lists of connections match
 * nothing (an empty page); analytics check their codes and answer BAD_USER_INPUT naming the field.
 */
const CASES: { name: string; query: (arg: string) => string; kind: "connection" | "analytics" | "lookup"; register?: boolean }[] = [
  ...["regions", "subregions"].map((f) => ({ name: `countries.${f}`, kind: "connection" as const, query: (a: string) => `countries(filter: { ${f}: [${a}] }) { totalCount }` })),
  { name: "countries.search", kind: "connection", query: (a) => `countries(filter: { search: ${a} }) { totalCount }` },
  { name: "deploymentRequests.missions", kind: "connection", query: (a) => `deploymentRequests(filter: { missions: [${a}] }) { totalCount }` },
  ...["missions", "officers", "roles", "sources", "teams"].map((f) => ({
    name: `deployments.${f}`, kind: "connection" as const, query: (a: string) => `deployments(filter: { ${f}: [${a}] }) { totalCount }`,
  })),
  ...["countries", "organizations"].map((f) => ({ name: `missions.${f}`, kind: "connection" as const, query: (a: string) => `missions(filter: { ${f}: [${a}] }) { totalCount }` })),
  { name: "missions.search", kind: "connection", query: (a) => `missions(filter: { search: ${a} }) { totalCount }` },
  ...["personnelNumbers", "policeServices", "sources"].map((f) => ({
    name: `officers.${f}`, kind: "connection" as const, query: (a: string) => `officers(filter: { ${f}: [${a}] }) { totalCount }`,
  })),
  { name: "organizations.search", kind: "connection", query: (a) => `organizations(filter: { search: ${a} }) { totalCount }` },
  { name: "policeServices.provinces", kind: "connection", query: (a) => `policeServices(filter: { provinces: [${a}] }) { totalCount }` },
  { name: "policeServices.search", kind: "connection", query: (a) => `policeServices(filter: { search: ${a} }) { totalCount }` },
  { name: "specializedTeams.missions", kind: "connection", query: (a) => `specializedTeams(filter: { missions: [${a}] }) { totalCount }` },
  ...["countries", "missions", "themes", "topics"].map((f) => ({ name: `trainingDeliveries.${f}`, kind: "connection" as const, query: (a: string) => `trainingDeliveries(filter: { ${f}: [${a}] }) { totalCount }` })),
  { name: "trainingTopics.themes", kind: "connection", query: (a) => `trainingTopics(filter: { themes: [${a}] }) { totalCount }` },
  ...["contributors", "missions"].map((f) => ({ name: `unContributions.${f}`, kind: "connection" as const, query: (a: string) => `unContributions(filter: { ${f}: [${a}] }) { totalCount }` })),
  ...["categories", "countries", "missions"].map((f) => ({ name: `wpsMilestones.${f}`, kind: "connection" as const, query: (a: string) => `wpsMilestones(filter: { ${f}: [${a}] }) { totalCount }` })),
  ...["countries", "regions", "subRegions", "missions", "organizations", "policeServices", "provinces", "ranks", "roles", "teams"].flatMap((f) => [
    { name: `femaleParticipation.${f}`, kind: "analytics" as const, query: (a: string) => `femaleParticipation(filter: { ${f}: [${a}] }) { total { officers } }` },
    { name: `headcountSeries.${f}`, kind: "analytics" as const, query: (a: string) => `headcountSeries(from: "2010-01-01", to: "2010-12-31", interval: YEAR, filter: { ${f}: [${a}] }) { officers }` },
    { name: `countryCoverage.${f}`, kind: "analytics" as const, query: (a: string) => `countryCoverage(filter: { ${f}: [${a}] }) { countriesCount }` },
  ]),
  ...["countries", "missions", "themes", "topics"].map((f) => ({ name: `trainingsDelivered.${f}`, kind: "analytics" as const, query: (a: string) => `trainingsDelivered(filter: { ${f}: [${a}] }) { total { deliveries } }` })),
  ...["contributors", "missions"].map((f) => ({ name: `unContributionShare.${f}`, kind: "analytics" as const, query: (a: string) => `unContributionShare(filter: { ${f}: [${a}] }) { total { total } }` })),
  { name: "mission.code", kind: "lookup", query: (a) => `mission(code: ${a}) { code }` },
  { name: "country.iso3", kind: "lookup", query: (a) => `country(iso3: ${a}) { iso3 }` },
  { name: "organization.code", kind: "lookup", query: (a) => `organization(code: ${a}) { code }` },
  { name: "officer.personnelNumber", kind: "lookup", query: (a) => `officer(personnelNumber: ${a}) { personnelNumber }` },
];

describe.each(databaseTargets())("hostile input on the $name database", (target) => {
  // An ANALYST key, so that the officer and deployment filters are reached too.
  const fx = useFixtureApp(target, { traceSql: false, role: "ANALYST" });

  /** The server is up and its data intact: known counts, the officer table included. */
  async function intact() {
    const res = await fx.app.gql(`{ missions { totalCount } unContributions { totalCount } countries { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ missions: { totalCount: 5 }, unContributions: { totalCount: 4 }, countries: { totalCount: 8 } });
    const [{ n }] = await fx.database.db.query(`SELECT count(*)::int AS n FROM officer`);
    expect(n).toBe(5);
  }

  afterAll(async () => {
    await intact();
  });

  it.each(CASES)("$name: injection strings give an empty result or BAD_USER_INPUT", async (c) => {
    for (const text of INJECTIONS) {
      const label = `${c.name} ${JSON.stringify(text.slice(0, 40))}`;
      const res = await fx.app.gql(`query($a: String!) { result: ${c.query("$a")} }`, { a: text });
      const code = res.errors?.[0]?.extensions?.code;
      if (text.includes("\u0000")) {
        const field = c.kind === "lookup" ? c.name.split(".")[1] : `filter.${c.name.split(".")[1]}`;
        expect(res.errors, label).toEqual([{ message: `Text must not contain the NUL character (\\u0000), got it in ${field}`, extensions: { code: "BAD_USER_INPUT", field } }]);
      } else if (c.kind === "analytics") {
        expect(code, label).toBe("BAD_USER_INPUT");
        expect(res.errors![0].extensions!.field, label).toMatch(/^filter\./);
        expect(res.errors![0].message, label).toContain("unknown");
      } else {
        expect(res.errors, label).toBeUndefined();
        const result = res.data.result;
        if (c.kind === "lookup") expect(result, label).toBeNull();
        else expect(result, label).toEqual({ totalCount: 0 });
      }
    }
    await intact();
  });

  it("takes the same strings as literals in the query text", async () => {
    const res = await fx.app.gql(`{ missions(filter: { search: "'; DROP TABLE officer; --" }) { totalCount } byPercent: missions(filter: { search: "%" }) { totalCount } nul: countries(filter: { search: "a\\u0000" }) { totalCount } }`);
    expect(res.errors).toEqual([{ message: "Text must not contain the NUL character (\\u0000), got it in filter.search", extensions: { code: "BAD_USER_INPUT", field: "filter.search" } }]);
    const inObject = await fx.app.gql(`query($f: MissionFilter) { missions(filter: $f) { totalCount } }`, { f: { countries: ["HTI", "X\u0000"] } });
    expect(inObject.errors).toEqual([{ message: "Text must not contain the NUL character (\\u0000), got it in filter.countries", extensions: { code: "BAD_USER_INPUT", field: "filter.countries" } }]);
    const ok = await fx.app.gql(`{ missions(filter: { search: "'; DROP TABLE officer; --" }) { totalCount } byPercent: missions(filter: { search: "%" }) { totalCount } under: missions(filter: { search: "U_MIK" }) { totalCount } }`);
    expect(ok.data).toEqual({ missions: { totalCount: 0 }, byPercent: { totalCount: 0 }, under: { totalCount: 0 } });
    await intact();
  });

  it("rejects huge and negative page sizes, top-level and nested, as BAD_USER_INPUT", async () => {
    for (const [args, message, field] of [
      ["first: 101", "first must be at most 100, got 101; page through with after/before", "first"],
      ["first: -1", "first must not be negative, got -1", "first"],
      ["last: -100", "last must not be negative, got -100", "last"],
      ["first: 2147483647", "first must be at most 100, got 2147483647; page through with after/before", "first"],
    ] as const) {
      const res = await fx.app.gql(`{ missions(${args}) { totalCount } }`);
      expect(res.errors, args).toEqual([{ message, path: ["missions"], locations: [{ line: 1, column: 3 }], extensions: { code: "BAD_USER_INPUT", field } }]);
      await intact();
    }
    const nested = await fx.app.gql(`{ missions(first: 1) { edges { node { specializedTeams { name } } } } countries(first: 1) { edges { node { missions { code } } } } }`);
    expect(nested.errors).toBeUndefined();
    const overflow = await fx.app.gql(`query($n: Int) { missions(first: $n) { totalCount } }`, { n: 2 ** 31 });
    expect(overflow.status).toBe(400);
    expect(overflow.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(overflow.errors?.[0].message).toBe('Variable "$n" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648');
    const literal = await fx.app.gql(`{ missions(first: 99999999999) { totalCount } }`);
    expect(literal.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    await intact();
  });

  it("rejects invalid dates naming the value", async () => {
    for (const d of ["2023-02-30", "2023-13-01", "2023-1-1", "not a date", "", "2023-02-28T00:00:00Z", "'; DROP TABLE officer; --"]) {
      const res = await fx.app.gql(`query($d: Date) { missions(filter: { activeOn: $d }) { totalCount } }`, { d });
      expect(res.errors?.[0].extensions?.code, d).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message, d).toContain(JSON.stringify(d).slice(1, -1));
      expect(res.data, d).toBeUndefined();
    }
    const reversed = await fx.app.gql(`{ femaleParticipation(from: "2020-01-01", to: "2019-01-01") { total { officers } } }`);
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    await intact();
  });

  it("answers malformed JSON and wrong bodies with 400 and a JSON error", async () => {
    for (const body of ["{", "[", "{\"query\": ", "\u0000", "{\"query\": \"{ missions { totalCount } }\", }"]) {
      const res = await fetch(fx.app.url, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(res.status, body).toBe(400);
      expect(await res.json(), body).toEqual({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
    }
    for (const [body, message] of [
      ["null", "The request body is not valid JSON"],
      ["\"{ missions { totalCount } }\"", "The request body is not valid JSON"],
      ["{\"query\": 5}", "GraphQL queries must be strings."],
      ["{}", "POST body missing, invalid Content-Type, or JSON object has no keys."],
      ["{\"query\": \"{ missions { totalCount } }\", \"variables\": \"$a\"}", "`variables` in a POST body should be provided as an object, not a recursively JSON-encoded string."],
      ["{\"query\": \"{ missions { totalCount } }\", \"variables\": [1]}", "`variables` in a POST body must be an object if provided."],
    ]) {
      const res = await fetch(fx.app.url, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(res.status, body).toBe(400);
      expect(await res.json(), body).toEqual({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
    }
    await intact();
  });

  it("refuses wrong content types", async () => {
    const body = JSON.stringify({ query: `{ missions { totalCount } }` });
    for (const type of ["application/xml", "application/graphql", "image/png"]) {
      const res = await fetch(fx.app.url, { method: "POST", headers: { "content-type": type, "apollo-require-preflight": "1" }, body });
      expect(res.status, type).toBe(400);
      expect(await res.json(), type).toEqual({ errors: [{ message: "POST body missing, invalid Content-Type, or JSON object has no keys.", extensions: { code: "BAD_REQUEST" } }] });
    }
    const csrf = await fetch(fx.app.url, { method: "POST", headers: { "content-type": "text/plain" }, body });
    expect(csrf.status).toBe(400);
    const utf16 = await fetch(fx.app.url, { method: "POST", headers: { "content-type": "application/json; charset=x-unknown" }, body });
    expect(utf16.status).toBe(415);
    expect(await utf16.json()).toEqual({ errors: [{ message: "The request body's charset is not supported: send UTF-8", extensions: { code: "BAD_REQUEST" } }] });
    await intact();
  });

  it("answers deep queries, alias bombs and fragment cycles with a clear error", async () => {
    const deep = await fx.app.gql(`{ missions(first: 1) { edges { node { deployments(first: 1) { edges { node { mission { deployments(first: 1) { edges { node { mission { deployments(first: 1) { edges { node { id } } } } } } } } } } } } } } }`);
    expect(deep.errors?.[0]).toEqual({ message: "Query depth limit of 12 exceeded, found 15.", extensions: { code: "QUERY_TOO_COMPLEX" } });
    const bomb = await fx.app.gql(`{ missions { edges { node { ${Array.from({ length: 200 }, (_, i) => `a${i}: name`).join(" ")} } } } }`);
    expect(bomb.errors?.[0]).toEqual({ message: "Aliases limit of 30 exceeded, found 200.", extensions: { code: "QUERY_TOO_COMPLEX" } });
    // A bigger bomb is stopped earlier, while parsing.
    const big = await fx.app.gql(`{ ${Array.from({ length: 300 }, (_, i) => `a${i}: missions(first: 100) { totalCount }`).join(" ")} }`);
    expect(big.errors?.[0]).toEqual({ message: "The query has more than 2000 tokens, the token limit: send a shorter document", extensions: { code: "QUERY_TOO_COMPLEX" } });
    const cycle = await fx.app.gql(`query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`);
    expect(cycle.errors?.map((e) => e.extensions?.code)).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(cycle.errors?.map((e) => e.message)).toContain('Cannot spread fragment "A" within itself via "B".');
    await intact();
  });
});
