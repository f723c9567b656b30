import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SOURCES } from "../src/core/reads/relations";
import { columnNames } from "../src/core/model/node-source";
import { readPlans } from "../src/graphql/selection-plan";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";
import { startTestApp, type TestApp } from "./support/http";
import { NESTED } from "./support/queries";

// Selections that reach every declared relation, through aliases, fragments, directives, nested
// pages of every kind (first, after, before, last) and relations of relations.
const SELECTIONS: [string, string, Record<string, unknown>?][] = [
  ["the showcase query", NESTED(50, 20)],
  ["pages cut by after and before", `{ missions(first: 5) { edges { node { code
      late: deployments(first: 2, after: "b2Zmc2V0OjA=") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { startDate role { code } } } }
      early: deployments(first: 5, before: "b2Zmc2V0OjI=") { pageInfo { hasNextPage hasPreviousPage } edges { cursor node { startDate } } }
      tail: deployments(last: 2) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { startDate officer { personnelNumber } } } }
      beyond: deployments(first: 3, after: "b2Zmc2V0OjU=") { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor } }
      noTotal: deployments(first: 1) { edges { node { senior team { name mission { code } } } } } } } } }`],
  ["aliases, fragments and directives", `query($withTeam: Boolean!, $noRole: Boolean!) { missions(first: 3, orderBy: [{ field: NAME, direction: DESC }]) { edges {
      a: node { ...M x: leadOrganization { name } deployments(first: 3) { edges { node { x: role @skip(if: $noRole) { name } team @include(if: $withTeam) { name } } } } }
      b: node { code x: hostCountries { iso3 } specializedTeams { name mission { code hostCountries { name } } } } } } }
    fragment M on Mission { hosts: hostCountries { iso2 } ... on Mission { leadOrganization { code kind } } }`, { withTeam: true, noRole: false }],
  ["the same, other directives", `query($withTeam: Boolean!, $noRole: Boolean!) { missions(first: 3) { edges { node {
      deployments(first: 3) { edges { node { x: role @skip(if: $noRole) { name } team @include(if: $withTeam) { name } officer { gender } } } } } } } }`, { withTeam: false, noRole: true }],
  ["one mission by code", `{ mission(code: "MINUSTAH") { code name startDate endDate leadOrganization { code name }
      hostCountries { iso3 name missions { code leadOrganization { code } } } specializedTeams { name focus mission { code } } } }`],
  ["officers and their pages", `{ officers(first: 5) { totalCount edges { node { personnelNumber policeService { code name }
      deployments(first: 2) { totalCount edges { node { mission { code hostCountries { iso3 } } role { category } } } } } } } }`],
  ["one officer", `{ officer(personnelNumber: "P-002") { gender rank policeService { name } deployments { edges { node { startDate mission { code } } } } } }`],
  ["deployments, filtered and sorted", `{ deployments(first: 10, filter: { missions: ["MINUSTAH", "CPM-UKRAINE"] }, orderBy: [{ field: END_DATE, direction: DESC }]) {
      totalCount edges { node { endDate officer { personnelNumber policeService { code } } mission { code leadOrganization { code } } role { name } team { focus } } } } }`],
  ["trainings, teams and countries", `{ trainingDeliveries(first: 5) { edges { node { title topic { code theme } country { iso3 missions { code } } mission { code } } } }
      specializedTeams { edges { node { name mission { code leadOrganization { name } } } } }
      countries(first: 8) { edges { node { iso3 missions { code hostCountries { iso3 } specializedTeams { name } } } } } }`],
  ["ids at every level", `{ missions(first: 3) { edges { node { id leadOrganization { id } hostCountries { id }
      specializedTeams { id mission { id } } deployments(first: 3) { edges { node { id role { id } team { id }
        officer { id policeService { id } deployments(first: 2) { edges { node { id mission { id } } } } } } } } } } } }`],
];

describe.each(databaseTargets())("reads planned from the selection, on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "ANALYST" });
  let uncompiled: TestApp;
  beforeAll(async () => {
    uncompiled = await startTestApp(fx.database.db, true, { compileAfter: Number.POSITIVE_INFINITY });
    uncompiled.token = fx.tokens.ANALYST;
  });
  afterAll(async () => {
    await uncompiled?.stop();
  });
  afterEach(() => {
    readPlans.enabled = true;
  });

  it.each(SELECTIONS)("answer %s exactly as the field resolvers and loaders do, in no more statements", async (_what, query, variables) => {
    readPlans.enabled = false;
    const loaded = await fx.app.gql(query, variables);
    readPlans.enabled = true;
    const planned = await fx.app.gql(query, variables);
    expect(loaded.errors).toBeUndefined();
    expect(planned.errors).toBeUndefined();
    expect(planned.data).toEqual(loaded.data);
    expect(planned.extensions?.sql?.statements).toBeLessThanOrEqual(loaded.extensions?.sql?.statements as number);
    // The tests' server compiles every document (graphql-jit); graphql-js answers the same.
    const interpreted = await uncompiled.gql(query, variables);
    expect(interpreted.errors).toBeUndefined();
    expect(JSON.stringify(interpreted.data)).toBe(JSON.stringify(planned.data));
  });

  it("give every nested object the global id of its own type, planned or not", async () => {
    const query = `{ mission(code: "MINUSTAH") { id deployments { edges { node { id officer { id deployments { edges { node { id } } } } } } } } }`;
    for (const enabled of [true, false]) {
      readPlans.enabled = enabled;
      const { data } = await fx.app.gql(query);
      const typeOf = (id: string) => Buffer.from(id, "base64").toString("utf8").split(":")[0];
      const deployments = data.mission.deployments.edges.map((e: any) => e.node);
      expect(typeOf(data.mission.id)).toBe("Mission");
      // The fixture's MINUSTAH deployments 1, 2, 3 (test/support/fixture.ts), and their officers'.
      expect(deployments.map((d: any) => Buffer.from(d.id, "base64").toString("utf8"))).toEqual(["Deployment:1", "Deployment:2", "Deployment:3"]);
      expect(deployments.map((d: any) => typeOf(d.officer.id))).toEqual(["Officer", "Officer", "Officer"]);
      const theirs = deployments.flatMap((d: any) => d.officer.deployments.edges.map((e: any) => typeOf(e.node.id)));
      expect(new Set(theirs)).toEqual(new Set(["Deployment"]));
    }
  });

  it("read a nested page's rows as its top-level list reads them, every field", async () => {
    const fields = "id startDate endDate senior source officer { id personnelNumber gender rank source } role { id code name category } team { id name focus ledByCanada startDate endDate source }";
    const nested = await fx.app.gql(`{ mission(code: "MINUSTAH") { deployments { edges { cursor node { ${fields} } } } } }`);
    const listed = await fx.app.gql(`{ deployments(filter: { missions: ["MINUSTAH"] }) { edges { cursor node { ${fields} } } } }`);
    expect(nested.errors).toBeUndefined();
    expect(nested.data.mission.deployments.edges).toEqual(listed.data.deployments.edges);
    // By hand: MINUSTAH's deployments 1, 2, 3; the third is the senior one, in the SGBV Team.
    expect(listed.data.deployments.edges.map((e: any) => [e.node.startDate, e.node.senior, e.node.team?.name ?? null])).toEqual([
      ["2010-01-01", false, null], ["2010-06-01", false, null], ["2012-01-01", true, "SGBV Team"],
    ]);
  });

  it("name every column of every source as PostgreSQL names it", async () => {
    for (const [type, source] of Object.entries(SOURCES)) {
      const rows = await fx.database.db.query(`SELECT ${source.columns} FROM ${source.from} LIMIT 1`);
      expect(rows.length, type).toBe(1);
      expect(columnNames(source.columns), type).toEqual(Object.keys(rows[0]));
    }
  });

  it("run the showcase query in 2 statements: the missions with their relations, the deployment pages with theirs", async () => {
    const res = await fx.app.gql(NESTED(50, 20));
    expect(res.extensions?.sql?.statements).toBe(2);
    // By hand from the fixture: CPM-UKRAINE (host UKR, BILATERAL) has deployments 4 (P-001, RCMP,
    // Training) and 5 (P-004, RCMP, Mentoring), by start date.
    const ukraine = res.data.missions.edges[0].node;
    expect(ukraine).toEqual({
      hostCountries: [{ name: "Ukraine" }],
      leadOrganization: { code: "BILATERAL" },
      deployments: {
        totalCount: 2,
        edges: [
          { node: { role: { name: "Training" }, officer: { gender: "FEMALE", policeService: { name: "Royal Canadian Mounted Police" } } } },
          { node: { role: { name: "Mentoring" }, officer: { gender: "FEMALE", policeService: { name: "Royal Canadian Mounted Police" } } } },
        ],
      },
    });
  });

  it("read one mission by code with its organization and host countries in 1 statement", async () => {
    const res = await fx.app.gql(`{ mission(code: "UNISFA") { code leadOrganization { code name } hostCountries { iso3 name } } }`);
    expect(res.data.mission).toEqual({
      code: "UNISFA",
      leadOrganization: { code: "UN", name: "United Nations" },
      hostCountries: [{ iso3: "SDN", name: "Sudan" }, { iso3: "SSD", name: "South Sudan" }],
    });
    expect(res.extensions?.sql?.statements).toBe(1);
  });

  it("give one response key to the field it was loaded for, even when aliases of one node disagree", async () => {
    // Both aliases of `node` read the same row; `x` is its role in one and its mission in the other.
    const res = await fx.app.gql(`{ deployments(first: 1) { edges { a: node { x: role { code } } b: node { x: mission { code } } } } }`);
    expect(res.errors).toBeUndefined();
    // Deployment 1 (the earliest): TRAINING in MINUSTAH.
    expect(res.data.deployments.edges[0]).toEqual({ a: { x: { code: "TRAINING" } }, b: { x: { code: "MINUSTAH" } } });
  });

  it("keep every guard: an anonymous caller gets no deployment, a planned relation does not lift a type's guard", async () => {
    const ask = () => fx.app.gql(NESTED(2, 2), undefined, { token: null });
    const summary = (res: any) => ({ data: res.data, errors: res.errors?.map((e: any) => [e.path?.join("."), e.extensions?.code]) });
    readPlans.enabled = false;
    const loaded = summary(await ask());
    readPlans.enabled = true;
    const planned = summary(await ask());
    expect(planned).toEqual(loaded);
    // Deployments need ANALYST: each mission's are null, with an error each; the public fields stay.
    const missions = planned.data.missions.edges.map((e: any) => e.node);
    expect(missions).toHaveLength(2);
    expect(missions.map((m: any) => m.deployments)).toEqual([null, null]);
    expect(missions.every((m: any) => typeof m.leadOrganization.code === "string")).toBe(true);
    expect(planned.errors).toEqual([["missions.edges.0.node.deployments", "UNAUTHENTICATED"], ["missions.edges.1.node.deployments", "UNAUTHENTICATED"]]);
    const names = await fx.app.gql(`{ deployments(first: 1) { edges { node { officer { personnelNumber givenName } } } } }`);
    expect(names.data.deployments.edges[0].node.officer).toEqual({ personnelNumber: "P-001", givenName: null });
    expect(names.errors!.map((e) => [e.path!.join("."), e.extensions?.code])).toEqual([["deployments.edges.0.node.officer.givenName", "FORBIDDEN"]]);
  });
});
