import { describe, expect, it } from "vitest";
import { cliActor } from "../../src/core/audit/actor";
import { revokeApiKey } from "../../src/core/auth/api-key.repository";
import { toGlobalId } from "../../src/graphql/schema/common/global-id";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { createTestKey } from "../support/http";

type Caller = "anonymous" | "malformed" | "basic" | "unknown" | "revoked" | "ANALYST" | "EDITOR" | "ADMIN";
const CALLERS: Caller[] = ["anonymous", "malformed", "basic", "unknown", "revoked", "ANALYST", "EDITOR", "ADMIN"];
type Outcome = "ok" | "UNAUTHENTICATED" | "FORBIDDEN";

/** Outcomes by caller: `bad` for every unusable token, then anonymous and each role. */
function outcomes(anonymous: Outcome, bad: Outcome, analyst: Outcome, editor: Outcome, admin: Outcome): Record<Caller, Outcome> {
  return { anonymous, malformed: bad, basic: bad, unknown: bad, revoked: bad, ANALYST: analyst, EDITOR: editor, ADMIN: admin };
}
const PUBLIC = outcomes("ok", "ok", "ok", "ok", "ok");
const ANALYST_UP = outcomes("UNAUTHENTICATED", "UNAUTHENTICATED", "ok", "ok", "ok");
const EDITOR_UP = outcomes("UNAUTHENTICATED", "UNAUTHENTICATED", "FORBIDDEN", "ok", "ok");
const ADMIN_ONLY = outcomes("UNAUTHENTICATED", "UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "ok");

const OFFICER_1 = toGlobalId("Officer", 1);
const DEPLOYMENT_1 = toGlobalId("Deployment", 1);

/** Each sensitive field or mutation, what each caller gets, and the data expected when allowed. */
const MATRIX: { name: string; query: string; expected: Record<Caller, Outcome>; data?: (d: any) => unknown; value?: unknown }[] = [
  { name: "missions (reference data)", query: `{ missions(first: 1) { totalCount } }`, expected: PUBLIC, data: (d) => d.missions.totalCount, value: 5 },
  { name: "trainings", query: `{ trainingDeliveries(first: 1) { totalCount } }`, expected: PUBLIC, data: (d) => d.trainingDeliveries.totalCount, value: 2 },
  { name: "UN contributions", query: `{ unContributions(first: 1) { totalCount } }`, expected: PUBLIC, data: (d) => d.unContributions.totalCount, value: 4 },
  { name: "suppressed aggregate", query: `{ femaleParticipation(to: "2023-12-31") { total { officers suppressed } } }`, expected: PUBLIC,
    data: (d) => d.femaleParticipation.total, value: { officers: 5, suppressed: true } },
  { name: "unsuppressed aggregate (minCellSize 0)", query: `{ femaleParticipation(to: "2023-12-31", minCellSize: 0) { total { female } } }`,
    expected: outcomes("FORBIDDEN", "UNAUTHENTICATED", "ok", "ok", "ok"), data: (d) => d.femaleParticipation.total.female, value: 2 },
  { name: "officers", query: `{ officers(first: 1) { totalCount } }`, expected: ANALYST_UP, data: (d) => d.officers.totalCount, value: 5 },
  { name: "officer by personnel number", query: `{ officer(personnelNumber: "P-001") { gender } }`, expected: ANALYST_UP, data: (d) => d.officer.gender, value: "FEMALE" },
  { name: "deployments", query: `{ deployments(first: 1) { totalCount } }`, expected: ANALYST_UP, data: (d) => d.deployments.totalCount, value: 7 },
  { name: "a mission's deployments", query: `{ mission(code: "MINUSTAH") { deployments { totalCount } } }`, expected: ANALYST_UP,
    data: (d) => d.mission.deployments.totalCount, value: 3 },
  { name: "node(officer)", query: `{ node(id: "${OFFICER_1}") { ... on Officer { personnelNumber } } }`, expected: ANALYST_UP, data: (d) => d.node.personnelNumber, value: "P-001" },
  { name: "node(deployment)", query: `{ node(id: "${DEPLOYMENT_1}") { ... on Deployment { startDate } } }`, expected: ANALYST_UP, data: (d) => d.node.startDate, value: "2010-01-01" },
  { name: "officer names", query: `{ officers(first: 1) { edges { node { familyName } } } }`,
    expected: outcomes("UNAUTHENTICATED", "UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "ok"), data: (d) => d.officers.edges[0].node.familyName, value: "Tremblay" },
  { name: "api keys", query: `{ apiKeys { role } }`, expected: ADMIN_ONLY, data: (d) => d.apiKeys.map((k: any) => k.role), value: ["ANALYST", "EDITOR", "ADMIN", "ANALYST"] },
  { name: "audit log", query: `{ auditLog(first: 1, filter: { actions: ["KEY_REVOKE"] }) { totalCount } }`, expected: ADMIN_ONLY, data: (d) => d.auditLog.totalCount, value: 1 },
  { name: "a mutation", query: `mutation { updateWpsMilestone(id: "${toGlobalId("WpsMilestone", 1)}", input: { category: "TRAINING" }) { category } }`,
    expected: EDITOR_UP, data: (d) => d.updateWpsMilestone.category, value: "TRAINING" },
  { name: "a mutation's result with names", query: `mutation { updateOfficer(id: "${OFFICER_1}", input: { rank: "Sergeant" }) { rank givenName } }`,
    expected: outcomes("UNAUTHENTICATED", "UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "ok"), data: (d) => d.updateOfficer.givenName, value: "Ada" },
  { name: "a delete", query: `mutation { deleteMission(id: "${toGlobalId("Mission", 999)}") }`, expected: EDITOR_UP },
  { name: "key management", query: `mutation { revokeApiKey(id: 999) { id } }`, expected: ADMIN_ONLY },
];

describe.each(databaseTargets())("who may do what on the $name database", (target) => {
  const fx = useFixtureApp(target);
  const headers: Partial<Record<Caller, string | null>> = {};

  async function call(caller: Caller, query: string) {
    if (!headers.revoked) {
      headers.anonymous = null;
      headers.malformed = "Bearer not-a-token";
      headers.basic = `Basic ${Buffer.from("user:pass").toString("base64")}`;
      headers.unknown = `Bearer po_${"A".repeat(43)}`;
      const revoked = await createTestKey(fx.database.db, "ANALYST", "revoked dashboard");
      await revokeApiKey(fx.database.db, revoked.slice(0, 11), cliActor());
      headers.revoked = `Bearer ${revoked}`;
      for (const role of ["ANALYST", "EDITOR", "ADMIN"] as const) headers[role] = `Bearer ${fx.tokens[role]}`;
    }
    const h: Record<string, string> = { "content-type": "application/json" };
    if (headers[caller]) h.authorization = headers[caller]!;
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/graphql`, { method: "POST", headers: h, body: JSON.stringify({ query }) });
    return (await res.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] };
  }

  for (const row of MATRIX) {
    it(`${row.name}: ${CALLERS.map((c) => `${c} ${row.expected[c]}`).join(", ")}`, async () => {
      for (const caller of CALLERS) {
        const res = await call(caller, row.query);
        const expected = row.expected[caller];
        if (expected === "ok") {
          const code = res.errors?.[0]?.extensions.code;
          // Allowed, but the object may not exist (NOT_FOUND): that is past the guard.
          expect(code === undefined || code === "NOT_FOUND", `${caller}: ${JSON.stringify(res.errors)}`).toBe(true);
          if (row.data) expect(row.data(res.data), caller).toEqual(row.value);
        } else {
          expect(res.errors?.map((e) => e.extensions.code), caller).toEqual([expected]);
          expect(JSON.stringify(res.data ?? null), caller).not.toMatch(/Tremblay|P-001|FEMALE/);
        }
      }
    });
  }

  it("keeps the public fields of an answer next to the error of a guarded one", async () => {
    const res = await call("anonymous", `{ mission(code: "MINUSTAH") { name deployments(first: 1) { totalCount } } officers(first: 1) { totalCount } missions(first: 1) { totalCount } }`);
    expect(res.data).toEqual({ mission: { name: "United Nations Stabilization Mission in Haiti", deployments: null }, officers: null, missions: { totalCount: 5 } });
    const errors = res.errors as unknown as { path: string[]; extensions: { code: string } }[];
    expect(errors.map((e) => [e.path.join("."), e.extensions.code]).sort()).toEqual([["mission.deployments", "UNAUTHENTICATED"], ["officers", "UNAUTHENTICATED"]]);
    // An ANALYST key reads the officers; only the names (ADMIN) are null, each with its error.
    const analyst = await call("ANALYST", `{ officers(first: 2) { edges { node { personnelNumber familyName } } } }`);
    expect(analyst.data).toEqual({ officers: { edges: [{ node: { personnelNumber: "P-001", familyName: null } }, { node: { personnelNumber: "P-002", familyName: null } }] } });
    expect(analyst.errors?.map((e) => e.extensions.code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
  });

  it("applies the same rules to the export routes", async () => {
    const get = async (caller: Caller, path: string) => {
      const h: Record<string, string> = headers[caller] ? { authorization: headers[caller]! } : {};
      const res = await fetch(`http://127.0.0.1:${fx.app.port}/export/${path}`, { headers: h });
      return { status: res.status, text: await res.text() };
    };
    await call("anonymous", "{ viewer { authenticated } }"); // makes the tokens
    expect((await get("anonymous", "femaleParticipation.csv?minCellSize=0")).status).toBe(403);
    expect((await get("ANALYST", "femaleParticipation.csv?minCellSize=0")).status).toBe(200);
    expect((await get("revoked", "officers.csv")).status).toBe(401);
    const editorNames = await get("EDITOR", "officers.csv?includeNames=true");
    expect(editorNames.status).toBe(403);
    expect(editorNames.text).not.toContain("Tremblay");
    expect((await get("ADMIN", "officers.csv?includeNames=true")).text).toContain("P-001,Ada,Tremblay,FEMALE");
  });

  it("names the problem with the token in the error", async () => {
    const messages: Record<string, string> = {};
    for (const caller of ["anonymous", "malformed", "basic", "unknown", "revoked"] as const) {
      messages[caller] = (await call(caller, `{ officers(first: 1) { totalCount } }`)).errors![0]!.message;
    }
    expect(messages).toEqual({
      anonymous: "This needs the ANALYST role: send an API key (Authorization: Bearer <token>).",
      malformed: "The API key is malformed. This needs the ANALYST role.",
      basic: "The Authorization header must be `Bearer <token>`. This needs the ANALYST role.",
      unknown: "The API key is unknown. This needs the ANALYST role.",
      revoked: "The API key has been revoked. This needs the ANALYST role.",
    });
    const viewers: Record<string, unknown> = {};
    for (const caller of ["anonymous", "revoked", "EDITOR"] as const) viewers[caller] = (await call(caller, `{ viewer { authenticated name role problem } }`)).data.viewer;
    expect(viewers).toEqual({
      anonymous: { authenticated: false, name: null, role: null, problem: null },
      revoked: { authenticated: false, name: null, role: null, problem: "The API key has been revoked." },
      EDITOR: { authenticated: true, name: "test editor", role: "EDITOR", problem: null },
    });
    // A key may not pass for the command line in the audit log.
    const impostor = await call("ADMIN", `mutation { createApiKey(name: "cli:root", role: ANALYST) { id } }`);
    expect(impostor.errors![0]).toMatchObject({ message: 'the key name must not start with "cli:" (reserved for the command line)', extensions: { code: "BAD_USER_INPUT" } });
    const forbidden = await call("EDITOR", `{ apiKeys { id } }`);
    expect(forbidden.errors![0]!.message).toBe("This needs the ADMIN role; the API key has EDITOR.");
  });
});
