import { describe, expect, it } from "vitest";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";

const codes = (conn: { edges: { node: { code: string } }[] }) => conn.edges.map((e) => e.node.code);

describe.each(databaseTargets())("GraphQL API on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "ANALYST" });

  it("lists missions by code, compared byte by byte, with the total", async () => {
    const res = await fx.app.gql(`{ missions { totalCount edges { node { code } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.missions.totalCount).toBe(5);
    expect(codes(res.data.missions)).toEqual(["CPM-UKRAINE", "EUPOL COPPS", "MINUSTAH", "UNISFA", "UNMIK"]);
  });

  it("filters missions by host country, lead organization, date and text", async () => {
    const res = await fx.app.gql(`{
      bySsd: missions(filter: { countries: ["SSD"] }) { totalCount edges { node { code } } }
      byUn: missions(filter: { organizations: ["UN"] }) { edges { node { code } } }
      active: missions(filter: { activeOn: "2018-01-01" }) { edges { node { code } } }
      text: missions(filter: { search: "ukr" }) { edges { node { code } } }
      both: missions(filter: { organizations: ["UN"], activeOn: "2010-01-01" }) { edges { node { code } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(codes(res.data.bySsd)).toEqual(["UNISFA"]);
    expect(codes(res.data.byUn)).toEqual(["MINUSTAH", "UNISFA", "UNMIK"]);
    // MINUSTAH ended 2017-10-15; the others run on 2018-01-01.
    expect(codes(res.data.active)).toEqual(["CPM-UKRAINE", "EUPOL COPPS", "UNISFA", "UNMIK"]);
    expect(codes(res.data.text)).toEqual(["CPM-UKRAINE"]);
    // UNISFA started 2011-06-27.
    expect(codes(res.data.both)).toEqual(["MINUSTAH", "UNMIK"]);
  });

  it("sorts by other keys and directions", async () => {
    const res = await fx.app.gql(`{ missions(orderBy: [{ field: START_DATE, direction: DESC }]) { edges { node { code startDate } } } }`);
    expect(codes(res.data.missions)).toEqual(["CPM-UKRAINE", "UNISFA", "EUPOL COPPS", "MINUSTAH", "UNMIK"]);
  });

  it("pages forward and backward with cursors", async () => {
    const q = `query($first: Int, $after: String, $last: Int, $before: String) {
      missions(first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const p1 = (await fx.app.gql(q, { first: 2 })).data.missions;
    expect(codes(p1)).toEqual(["CPM-UKRAINE", "EUPOL COPPS"]);
    expect(p1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = (await fx.app.gql(q, { first: 2, after: p1.pageInfo.endCursor })).data.missions;
    expect(codes(p2)).toEqual(["MINUSTAH", "UNISFA"]);
    expect(p2.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const p3 = (await fx.app.gql(q, { first: 2, after: p2.pageInfo.endCursor })).data.missions;
    expect(codes(p3)).toEqual(["UNMIK"]);
    expect(p3.pageInfo.hasNextPage).toBe(false);
    const tail = (await fx.app.gql(q, { last: 2 })).data.missions;
    expect(codes(tail)).toEqual(["UNISFA", "UNMIK"]);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = (await fx.app.gql(q, { last: 2, before: p2.pageInfo.startCursor })).data.missions;
    expect(codes(back)).toEqual(["CPM-UKRAINE", "EUPOL COPPS"]);
    const beyond = (await fx.app.gql(q, { first: 2, after: p3.pageInfo.endCursor })).data.missions;
    expect(beyond.edges).toEqual([]);
    expect(beyond.totalCount).toBe(5);
    expect(beyond.pageInfo.hasNextPage).toBe(false);
  });

  it("rejects page sizes over 100 or below 0, and foreign cursors, as BAD_USER_INPUT", async () => {
    for (const args of ["first: 101", "first: -1", "last: 500", 'after: "bm9wZQ=="']) {
      const res = await fx.app.gql(`{ missions(${args}) { totalCount } }`);
      expect(res.errors?.[0].extensions?.code, args).toBe("BAD_USER_INPUT");
      expect(res.data).toBeNull();
    }
    const res = await fx.app.gql(`{ missions(first: 101) { totalCount } }`);
    expect(res.errors?.[0].message).toBe("first must be at most 100, got 101; page through with after/before");
  });

  it("rejects an impossible date with BAD_USER_INPUT naming it", async () => {
    const res = await fx.app.gql(`query($d: Date) { missions(filter: { activeOn: $d }) { totalCount } }`, { d: "2023-02-30" });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toContain("2023-02-30");
  });

  it("resolves a mission's relations: hosts, lead, teams and a page of deployments", async () => {
    const res = await fx.app.gql(`{ mission(code: "MINUSTAH") {
      name hostCountries { iso3 name } leadOrganization { code }
      specializedTeams { name focus ledByCanada }
      deployments(first: 2) { totalCount edges { node { startDate endDate senior role { code } officer { personnelNumber gender policeService { code } } } } }
    } }`);
    expect(res.errors).toBeUndefined();
    const m = res.data.mission;
    expect(m.hostCountries).toEqual([{ iso3: "HTI", name: "Haiti" }]);
    expect(m.leadOrganization.code).toBe("UN");
    expect(m.specializedTeams).toEqual([{ name: "SGBV Team", focus: "SGBV", ledByCanada: true }]);
    expect(m.deployments.totalCount).toBe(3);
    expect(m.deployments.edges.map((e: any) => e.node)).toEqual([
      { startDate: "2010-01-01", endDate: "2010-12-31", senior: false, role: { code: "TRAINING" }, officer: { personnelNumber: "P-001", gender: "FEMALE", policeService: { code: "RCMP" } } },
      { startDate: "2010-06-01", endDate: "2011-05-31", senior: false, role: { code: "MENTORING" }, officer: { personnelNumber: "P-002", gender: "MALE", policeService: { code: "SPVM" } } },
    ]);
  });

  it("filters deployments by period overlap, senior flag and officer", async () => {
    const res = await fx.app.gql(`{
      period: deployments(filter: { from: "2010-07-01", to: "2012-01-15" }) { totalCount edges { node { startDate } } }
      senior: deployments(filter: { senior: true }) { edges { node { startDate team { name } } } }
      officer: deployments(filter: { officers: ["P-001"] }) { edges { node { startDate mission { code } } } }
      ongoing: deployments(filter: { from: "2023-01-01" }) { edges { node { startDate endDate } } }
      byRole: deployments(filter: { roles: ["TRAINING"], missions: ["MINUSTAH", "EUPOL COPPS"] }) { edges { node { startDate } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.period.edges.map((e: any) => e.node.startDate)).toEqual(["2010-01-01", "2010-06-01", "2012-01-01"]);
    expect(res.data.senior.edges.map((e: any) => e.node)).toEqual([{ startDate: "2012-01-01", team: { name: "SGBV Team" } }]);
    expect(res.data.officer.edges.map((e: any) => [e.node.startDate, e.node.mission.code])).toEqual([["2010-01-01", "MINUSTAH"], ["2016-06-01", "CPM-UKRAINE"]]);
    expect(res.data.ongoing.edges.map((e: any) => e.node)).toEqual([{ startDate: "2022-03-01", endDate: null }]);
    expect(res.data.byRole.edges.map((e: any) => e.node.startDate)).toEqual(["2010-01-01", "2013-01-01"]);
  });

  it("rejects a period whose start is after its end", async () => {
    const res = await fx.app.gql(`{ deployments(filter: { from: "2012-01-01", to: "2011-01-01" }) { totalCount } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.from" });
  });

  it("filters UN contributions by month range, type, contributor and mission", async () => {
    const res = await fx.app.gql(`{
      aug: unContributions(filter: { from: "2016-08-15", to: "2016-08-15" }) { totalCount }
      ipo: unContributions(filter: { personnelTypes: [INDIVIDUAL_POLICE] }) { edges { node { asOfDate total mission { code } } } }
      can: unContributions(filter: { contributors: ["CAN"], missions: ["MINUSTAH"] }) { edges { node { asOfDate male female total contributor { iso3 } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.aug.totalCount).toBe(2);
    expect(res.data.ipo.edges.map((e: any) => [e.node.asOfDate, e.node.total, e.node.mission?.code ?? null])).toEqual([
      ["2016-08-31", 84, "MINUSTAH"], ["2016-09-30", 80, "MINUSTAH"], ["2018-05-31", 25, null],
    ]);
    expect(res.data.can.edges.map((e: any) => e.node)).toEqual([
      { asOfDate: "2016-08-31", male: 70, female: 14, total: 84, contributor: { iso3: "CAN" } },
      { asOfDate: "2016-09-30", male: 66, female: 14, total: 80, contributor: { iso3: "CAN" } },
    ]);
  });

  it("answers countries, officers, trainings, requests and indicators", async () => {
    const res = await fx.app.gql(`{
      country(iso3: "SDN") { name region missions { code } }
      africa: countries(filter: { regions: ["Africa"] }) { edges { node { iso3 } } }
      women: officers(filter: { genders: [FEMALE] }) { edges { node { personnelNumber source } } }
      officer(personnelNumber: "P-002") { policeService { code jurisdiction } deployments { totalCount edges { node { mission { code } } } } }
      dv: trainingDeliveries(filter: { themes: ["DOMESTIC_VIOLENCE"] }) { edges { node { participants femaleParticipants topic { code } country { iso3 } mission { code } } } }
      deploymentRequests { edges { node { decision decidedOn requestedByOrganization { code } requestedByCountry { iso3 } } } }
      wpsIndicators { edges { node { code targets { year value } } } }
      wpsMilestones { edges { node { title mission { code } country { iso3 } } } }
      roles(filter: { categories: [LEADERSHIP] }) { edges { node { code } } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data;
    expect(d.country).toEqual({ name: "Sudan", region: "Africa", missions: [{ code: "UNISFA" }] });
    expect(d.africa.edges.map((e: any) => e.node.iso3)).toEqual(["SDN", "SSD"]);
    expect(d.women.edges.map((e: any) => e.node)).toEqual([
      { personnelNumber: "P-001", source: "synthetic demo" },
      { personnelNumber: "P-004", source: "synthetic demo" },
    ]);
    expect(d.officer.policeService).toEqual({ code: "SPVM", jurisdiction: "MUNICIPAL" });
    expect(d.officer.deployments.totalCount).toBe(2);
    expect(d.officer.deployments.edges.map((e: any) => e.node.mission.code)).toEqual(["MINUSTAH", "EUPOL COPPS"]);
    expect(d.dv.edges.map((e: any) => e.node)).toEqual([
      { participants: 25, femaleParticipants: 9, topic: { code: "DOMESTIC_VIOLENCE_LEGISLATION" }, country: { iso3: "UKR" }, mission: { code: "CPM-UKRAINE" } },
    ]);
    expect(d.deploymentRequests.edges.map((e: any) => e.node)).toEqual([
      { decision: "APPROVED", decidedOn: "2004-05-20", requestedByOrganization: { code: "UN" }, requestedByCountry: null },
      { decision: "PENDING", decidedOn: null, requestedByOrganization: null, requestedByCountry: { iso3: "UKR" } },
    ]);
    expect(d.wpsIndicators.edges[0].node).toEqual({ code: "NAP_WOMEN_DEPLOYED_POLICE", targets: [{ year: 2020, value: 0.2 }] });
    expect(d.wpsMilestones.edges[0].node).toEqual({ title: "Domestic-violence training", mission: { code: "CPM-UKRAINE" }, country: { iso3: "UKR" } });
    expect(d.roles.edges.map((e: any) => e.node.code)).toEqual(["LEADERSHIP"]);
  });

  it("fetches any object by global id with node(id)", async () => {
    const ids = await fx.app.gql(`{ mission(code: "UNMIK") { id } country(iso3: "HTI") { id } officer(personnelNumber: "P-003") { id } }`);
    const res = await fx.app.gql(`query($m: ID!, $c: ID!, $o: ID!) {
      m: node(id: $m) { id ... on Mission { code } }
      c: node(id: $c) { ... on Country { name } }
      o: node(id: $o) { ... on Officer { gender } }
    }`, { m: ids.data.mission.id, c: ids.data.country.id, o: ids.data.officer.id });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ m: { id: ids.data.mission.id, code: "UNMIK" }, c: { name: "Haiti" }, o: { gender: "UNDISCLOSED" } });
    const byId = await fx.app.gql(`query($id: ID!) { mission(id: $id) { code } }`, { id: ids.data.mission.id });
    expect(byId.data.mission.code).toBe("UNMIK");
    const bad = await fx.app.gql(`{ node(id: "not-an-id") { id } }`);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const wrongType = await fx.app.gql(`query($id: ID!) { mission(id: $id) { code } }`, { id: ids.data.country.id });
    expect(wrongType.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await fx.app.gql(`{ mission(code: "NOPE") { code } country(iso3: "ZZZ") { name } }`);
    expect(missing.data).toEqual({ mission: null, country: null });
  });

  it("never gives officers' names to a caller without the ADMIN role", async () => {
    const q = `{ officer(personnelNumber: "P-001") { personnelNumber givenName familyName } }`;
    const analyst = await fx.app.gql(q);
    expect(analyst.data.officer).toEqual({ personnelNumber: "P-001", givenName: null, familyName: null });
    expect(analyst.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(JSON.stringify(analyst)).not.toContain("Tremblay");
    const admin = await fx.app.gql(q, {}, { token: fx.tokens.ADMIN });
    expect(admin.errors).toBeUndefined();
    expect(admin.data.officer.familyName).toBe("Tremblay");
  });

  it("rejects bad arguments of a nested connection as BAD_USER_INPUT too", async () => {
    for (const args of ["first: 101", 'after: "bad"', 'filter: { from: "2012-01-01", to: "2011-01-01" }']) {
      const res = await fx.app.gql(`{ missions(first: 2) { edges { node { deployments(${args}) { totalCount } } } } }`);
      expect(res.errors?.[0].extensions?.code, args).toBe("BAD_USER_INPUT");
    }
  });

  it("pages each parent's nested connection with its own cursors", async () => {
    const q = `query($after: String) { mission(code: "MINUSTAH") { deployments(first: 2, after: $after) {
      totalCount edges { cursor node { startDate } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    const p1 = (await fx.app.gql(q)).data.mission.deployments;
    expect(p1.edges.map((e: any) => e.node.startDate)).toEqual(["2010-01-01", "2010-06-01"]);
    const p2 = (await fx.app.gql(q, { after: p1.pageInfo.endCursor })).data.mission.deployments;
    expect(p2.edges.map((e: any) => e.node.startDate)).toEqual(["2012-01-01"]);
    expect(p2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const last = await fx.app.gql(`{ missions(first: 3) { edges { node { code deployments(last: 1) { edges { node { startDate } } } } } } }`);
    // CPM-UKRAINE's last deployment starts 2017-01-01, EUPOL COPPS' 2013-01-01, MINUSTAH's 2012-01-01.
    expect(last.data.missions.edges.map((e: any) => [e.node.code, e.node.deployments.edges.map((d: any) => d.node.startDate)])).toEqual([
      ["CPM-UKRAINE", ["2017-01-01"]], ["EUPOL COPPS", ["2013-01-01"]], ["MINUSTAH", ["2012-01-01"]],
    ]);
  });

  it("reports pageInfo on empty pages from the bounds", async () => {
    const res = await fx.app.gql(`{ a: missions(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage } }
      b: missions(last: 0) { pageInfo { hasNextPage hasPreviousPage } } }`);
    expect(res.data.a).toEqual({ totalCount: 5, edges: [], pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(res.data.b.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it("accepts only canonical global ids, and dates within 1900-01-01..2100-12-31", async () => {
    const leadingZero = Buffer.from("Mission:01").toString("base64");
    const tooBig = Buffer.from("Mission:99999999999").toString("base64");
    for (const id of [leadingZero, tooBig]) {
      const res = await fx.app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    const early = await fx.app.gql(`{ missions(filter: { activeOn: "1900-01-01" }) { totalCount } }`);
    expect(early.data.missions.totalCount).toBe(0);
    const tooEarly = await fx.app.gql(`query($d: Date) { missions(filter: { activeOn: $d }) { totalCount } }`, { d: "0099-12-31" });
    expect(tooEarly.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooEarly.errors?.[0].message).toContain('Date "0099-12-31" is before 1900-01-01; accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD');
    const nul = await fx.app.gql(`query($s: String) { missions(filter: { search: $s }) { totalCount } }`, { s: "a\u0000b" });
    expect(nul.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
  });

  it("answers a malformed body with a JSON error and no stack trace", async () => {
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{bad" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toEqual({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("asks for exactly one key in mission(id, code)", async () => {
    const res = await fx.app.gql(`{ mission { code } }`);
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
