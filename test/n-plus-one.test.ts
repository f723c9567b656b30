import { describe, expect, it } from "vitest";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";
import { startTestApp } from "./support/http";
import { NESTED } from "./support/queries";

describe.each(databaseTargets())("SQL statements per operation on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "ANALYST" });

  it("runs the nested query in 2 statements, whatever the page sizes", async () => {
    // The missions page with host countries and lead organizations; the deployment pages with
    // roles, officers and services (reads planned from the selection).
    for (const [m, d] of [[50, 20], [5, 1], [1, 100], [2, 2]]) {
      const res = await fx.app.gql(NESTED(m, d));
      expect(res.errors).toBeUndefined();
      expect(res.extensions?.sql?.statements, `missions(first: ${m}) deployments(first: ${d})`).toBe(2);
      expect(res.extensions?.sql?.ms).toBeGreaterThanOrEqual(0);
    }
  });

  it("returns the right per-mission pages from its single statement", async () => {
    const res = await fx.app.gql(NESTED(50, 1));
    const rows = res.data.missions.edges.map((e: any) => [e.node.leadOrganization.code, e.node.deployments.totalCount, e.node.deployments.edges.length]);
    // CPM-UKRAINE 2 deployments, EUPOL COPPS 1, MINUSTAH 3, UNISFA 0, UNMIK 1.
    expect(rows).toEqual([["BILATERAL", 2, 1], ["EU", 1, 1], ["UN", 3, 1], ["UN", 0, 0], ["UN", 1, 1]]);
  });

  it("counts one statement for a page, a second only when totalCount is asked, none when tracing is off", async () => {
    const page = await fx.app.gql(`{ countries(first: 3) { edges { node { iso3 } } } }`);
    expect(page.extensions?.sql?.statements).toBe(1);
    const counted = await fx.app.gql(`{ countries(first: 3) { totalCount edges { node { iso3 } } } }`);
    expect(counted.data.countries.totalCount).toBe(8);
    expect(counted.extensions?.sql?.statements).toBe(2);
    const quiet = await startTestApp(fx.database.db, false);
    try {
      const res = await quiet.gql(`{ countries(first: 1) { totalCount } }`);
      expect(res.data.countries.totalCount).toBe(8);
      expect(res.extensions?.sql).toBeUndefined();
    } finally {
      await quiet.stop();
    }
  });
});
