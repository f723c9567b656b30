import type { DeploymentRequestFilter, DeploymentRequestOrderField, DeploymentRequestRow } from "../model/deployment-request";
import { anyOf, type ListSpec } from "./list";
import { rowOf } from "./rows";
import type { Queryable } from "./sql";

const COLUMNS = `r.id AS pk, r.mission_id AS "missionId", r.requested_by_organization_id AS "requestedByOrganizationId",
  r.requested_by_country_iso3 AS "requestedByCountryIso3", r.received_on AS "receivedOn",
  r.positions_requested AS "positionsRequested", r.decision, r.decided_on AS "decidedOn", r.source`;

export const deploymentRequestList: ListSpec<DeploymentRequestFilter, DeploymentRequestOrderField> = {
  columns: COLUMNS,
  from: "deployment_request r",
  conditions(f, p) {
    const c: string[] = [];
    if (f.missions) c.push(`r.mission_id IN (SELECT id FROM mission WHERE code = ANY(${p.bind(f.missions)}))`);
    anyOf(c, "r.decision", f.decisions, p);
    return c;
  },
  orders: { RECEIVED_ON: `c."receivedOn"` },
  defaultOrder: "RECEIVED_ON" as DeploymentRequestOrderField,
  tiebreak: "c.pk",
};

export const toDeploymentRequest = rowOf<DeploymentRequestRow>;

export async function deploymentRequestsByIds(db: Queryable, ids: readonly number[]): Promise<DeploymentRequestRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM deployment_request r WHERE r.id = ANY($1)`, [ids])).map(toDeploymentRequest);
}
