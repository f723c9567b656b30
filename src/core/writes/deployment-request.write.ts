import { countryIso3, missionId, organizationId } from "./references";
import type { WriteSpec } from "./write-spec";

export const deploymentRequestWrite: WriteSpec = {
  typeName: "DeploymentRequest",
  entity: "deployment_request",
  table: "deployment_request",
  fields: {
    missionCode: { column: "mission_id", resolve: missionId },
    requestedByOrganizationCode: { column: "requested_by_organization_id", resolve: organizationId },
    requestedByCountryIso3: { column: "requested_by_country_iso3", resolve: countryIso3 },
    receivedOn: { column: "received_on" },
    positionsRequested: { column: "positions_requested" },
    decision: { column: "decision" },
    decidedOn: { column: "decided_on" },
    source: { column: "source" },
  },
  constraintFields: {
    deployment_request_requester_check: "requestedByOrganizationCode",
    deployment_request_pending_check: "decidedOn",
    deployment_request_dates_check: "decidedOn",
    deployment_request_positions_check: "positionsRequested",
  },
  referencedBy: [],
};
