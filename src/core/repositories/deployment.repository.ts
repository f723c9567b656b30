import type { DeploymentFilter, DeploymentOrderField, DeploymentRow } from "../model/deployment";
import type { NodeSource } from "../model/node-source";
import { anyOf, checkRange, type ListSpec } from "./list";
import { rowOf } from "./rows";
import type { Queryable } from "./sql";

const COLUMNS = `d.id AS pk, d.officer_id AS "officerId", d.mission_id AS "missionId", d.role_id AS "roleId",
  d.team_id AS "teamId", d.start_date AS "startDate", d.end_date AS "endDate", d.senior, d.source`;

export const deploymentList: ListSpec<DeploymentFilter, DeploymentOrderField> = {
  columns: COLUMNS,
  from: "deployment d",
  conditions(f, p) {
    const c: string[] = [];
    if (f.missions) c.push(`d.mission_id IN (SELECT id FROM mission WHERE code = ANY(${p.bind(f.missions)}))`);
    if (f.officers) c.push(`d.officer_id IN (SELECT id FROM officer WHERE personnel_number = ANY(${p.bind(f.officers)}))`);
    if (f.roles) c.push(`d.role_id IN (SELECT id FROM role WHERE code = ANY(${p.bind(f.roles)}))`);
    if (f.teams) c.push(`d.team_id IN (SELECT id FROM specialized_team WHERE name = ANY(${p.bind(f.teams)}))`);
    checkRange(f.from, f.to, "filter.");
    // Overlap with [from, to]: docs/definitions.md, "The period": an ongoing deployment runs to the end.
    if (f.to) c.push(`d.start_date <= ${p.bind(f.to)}::date`);
    if (f.from) c.push(`(d.end_date IS NULL OR d.end_date >= ${p.bind(f.from)}::date)`);
    if (f.senior !== null && f.senior !== undefined) c.push(`d.senior = ${p.bind(f.senior)}`);
    anyOf(c, "d.source", f.sources, p);
    return c;
  },
  orders: { START_DATE: `c."startDate"`, END_DATE: `c."endDate"` },
  defaultOrder: "START_DATE" as DeploymentOrderField,
  tiebreak: "c.pk",
  // Kept by the database in every write (db/migrations/1765209600000-deployment-counts.ts).
  counters: {
    all: `SELECT coalesce(sum(deployments), 0)::int AS n FROM mission_deployment_count`,
    byParent: { "d.mission_id": (p) => `(SELECT coalesce(sum(n.deployments), 0)::int FROM mission_deployment_count n WHERE n.mission_id = ${p})` },
  },
};

export const toDeployment = rowOf<DeploymentRow>;

/** Deployment rows as nested pages read them (reads/relations.ts). */
export const deploymentSource: NodeSource<DeploymentRow> = { columns: COLUMNS, from: "deployment d", key: "d.id", map: toDeployment };

export async function deploymentsByIds(db: Queryable, ids: readonly number[]): Promise<DeploymentRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM deployment d WHERE d.id = ANY($1)`, [ids])).map(toDeployment);
}
