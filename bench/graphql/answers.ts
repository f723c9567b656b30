// The same answer from three servers: PostGraphile's response has its own shape, so each answer is
// reduced to the plain values the query asks for (codes, names, counts as numbers, in the order
// given) and those are compared value by value. The raw SQL server answers in peaceops's shape.
import { isDeepStrictEqual } from "node:util";

export type QueryId = "Q1" | "Q2" | "Q3";
export type TargetName = "peaceops" | "postgraphile" | "raw";

/** Mission ids to codes: PostGraphile's grouped aggregates are keyed by mission_id. */
export interface AnswerContext {
  missionCodes: Map<string, string>;
}

type Values = unknown[];
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

const peaceopsValues: Record<QueryId, (json: any) => Values> = {
  Q1: (j) =>
    j.data.missions.edges.map(({ node: m }: any) => [
      m.code, m.hostCountries.map((c: any) => c.name), m.leadOrganization.code, m.deployments.totalCount,
      m.deployments.edges.map(({ node: d }: any) => [d.role.name, d.officer.gender, d.officer.policeService.name]),
    ]),
  Q2: (j) => j.data.femaleParticipation.rows.map((r: any) => [r.key.mission.code, Number(r.officers), Number(r.female)]),
  Q3: (j) => {
    const m = j.data.mission;
    return [m.code, m.name, m.startDate, m.endDate, m.leadOrganization.code, m.leadOrganization.name, m.hostCountries.map((c: any) => [c.iso3, c.name])];
  },
};

const postgraphileValues: Record<QueryId, (json: any, ctx: AnswerContext) => Values> = {
  Q1: (j) =>
    j.data.allMissions.nodes.map((m: any) => [
      m.code, m.missionHostCountriesByMissionId.nodes.map((h: any) => h.countryByCountryIso3.name), m.organizationByLeadOrganizationId.code,
      m.deploymentsByMissionId.totalCount,
      m.deploymentsByMissionId.nodes.map((d: any) => [d.roleByRoleId.name, d.officerByOfficerId.gender, d.officerByOfficerId.policeServiceByPoliceServiceId.name]),
    ]),
  Q2: (j, ctx) => {
    const female = new Map<string, number>(j.data.female.groupedAggregates.map((g: any) => [String(g.keys[0]), Number(g.distinctCount.officerId)]));
    return j.data.total.groupedAggregates
      .map((g: any) => {
        const code = ctx.missionCodes.get(String(g.keys[0]));
        if (code === undefined) throw new Error(`PostGraphile Q2: unknown mission id ${g.keys[0]}`);
        return [code, Number(g.distinctCount.officerId), female.get(String(g.keys[0])) ?? 0];
      })
      .sort((a: any, b: any) => byBytes(a[0], b[0]));
  },
  Q3: (j) => {
    const m = j.data.missionByCode;
    return [m.code, m.name, m.startDate, m.endDate, m.organizationByLeadOrganizationId.code, m.organizationByLeadOrganizationId.name,
      m.missionHostCountriesByMissionId.nodes.map((h: any) => [h.countryByCountryIso3.iso3, h.countryByCountryIso3.name])];
  },
};

export function values(query: QueryId, target: TargetName, json: any, ctx: AnswerContext): Values {
  return target === "postgraphile" ? postgraphileValues[query](json, ctx) : peaceopsValues[query](json);
}

/** A one-line summary of an answer's size, for the report (missions, rows, sums). */
export function summary(query: QueryId, v: Values): string {
  if (query === "Q1") {
    const rows = v as [string, string[], string, number, unknown[]][];
    return `${rows.length} missions, ${rows.reduce((s, m) => s + m[4].length, 0)} deployments listed, totalCount sum ${rows.reduce((s, m) => s + m[3], 0)}`;
  }
  if (query === "Q2") {
    const rows = v as [string, number, number][];
    return `${rows.length} missions, ${rows.reduce((s, r) => s + r[1], 0)} officers, ${rows.reduce((s, r) => s + r[2], 0)} women (sums over missions)`;
  }
  return `${String(v[0])}, ${(v[6] as unknown[]).length} host countries`;
}

/** null when equal; else where the first difference is. */
export function difference(a: Values, b: Values): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a.length !== b.length) return `${a.length} values against ${b.length}`;
  const i = a.findIndex((x, k) => !isDeepStrictEqual(x, b[k]));
  return `first difference at [${i}]: ${JSON.stringify(a[i]).slice(0, 300)} against ${JSON.stringify(b[i]).slice(0, 300)}`;
}
