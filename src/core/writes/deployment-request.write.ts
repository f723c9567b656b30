import { countryIso3, missionId, organizationId } from "./references";
import type { WriteSpec } from "./write-spec";

export const deploymentRequestWrite: WriteSpec = {
  typeName: "DeploymentRequest",
  entity: "deployment_request",
  table: "deployment_request",
  fields: {
    missionCode: { column: "mission_id", resolve: missionId, presence: "required" },
    // Exactly one requester (deployment_request_requester_check): neither is required alone.
    requestedByOrganizationCode: { column: "requested_by_organization_id", resolve: organizationId },
    requestedByCountryIso3: { column: "requested_by_country_iso3", resolve: countryIso3 },
    receivedOn: { column: "received_on", presence: "required" },
    positionsRequested: { column: "positions_requested", presence: "required" },
    decision: { column: "decision", presence: "required" },
    decidedOn: { column: "decided_on" },
    source: { column: "source", presence: "defaulted" },
  },
  uniqueKeys: {},
  referencedBy: [],
};
