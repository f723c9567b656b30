import { DeploymentRequest } from "../schema/deployment-request.type";
import { Deployment } from "../schema/deployment.type";
import { DeploymentRequestInput } from "../schema/inputs/deployment-request.input";
import { DeploymentInput } from "../schema/inputs/deployment.input";
import { MissionInput } from "../schema/inputs/mission.input";
import { OfficerInput } from "../schema/inputs/officer.input";
import { SpecializedTeamInput } from "../schema/inputs/specialized-team.input";
import { TrainingDeliveryInput } from "../schema/inputs/training-delivery.input";
import { WpsMilestoneInput } from "../schema/inputs/wps-milestone.input";
import { WpsTargetInput } from "../schema/inputs/wps-target.input";
import { Mission } from "../schema/mission.type";
import { Officer } from "../schema/officer.type";
import { SpecializedTeam } from "../schema/specialized-team.type";
import { TrainingDelivery } from "../schema/training-delivery.type";
import { WpsMilestone } from "../schema/wps-milestone.type";
import { WpsTarget } from "../schema/wps-target.type";
import { deploymentRequestWrite } from "../../core/writes/deployment-request.write";
import { deploymentWrite } from "../../core/writes/deployment.write";
import { missionWrite } from "../../core/writes/mission.write";
import { officerWrite } from "../../core/writes/officer.write";
import { specializedTeamWrite } from "../../core/writes/specialized-team.write";
import { trainingDeliveryWrite } from "../../core/writes/training-delivery.write";
import { wpsMilestoneWrite } from "../../core/writes/wps-milestone.write";
import { wpsTargetWrite } from "../../core/writes/wps-target.write";
import { writeResolver } from "./write.resolver";

/** The mutations of the register, one resolver per entity. */
export const writeResolvers = [
  writeResolver({ spec: missionWrite, input: MissionInput, output: Mission, required: ["code", "name", "leadOrganizationCode", "hostCountries", "kind", "startDate"], source: true }),
  writeResolver({ spec: specializedTeamWrite, input: SpecializedTeamInput, output: SpecializedTeam, required: ["missionCode", "name", "focus"], source: true }),
  writeResolver({ spec: officerWrite, input: OfficerInput, output: Officer, required: ["personnelNumber", "gender", "policeServiceCode"], source: true }),
  writeResolver({ spec: deploymentWrite, input: DeploymentInput, output: Deployment, required: ["personnelNumber", "missionCode", "roleCode", "startDate"], source: true }),
  writeResolver({
    spec: trainingDeliveryWrite,
    input: TrainingDeliveryInput,
    output: TrainingDelivery,
    required: ["title", "topicCode", "countryIso3", "startDate", "participants", "femaleParticipants"],
    source: true,
  }),
  writeResolver({ spec: wpsMilestoneWrite, input: WpsMilestoneInput, output: WpsMilestone, required: ["date", "title", "description", "category"], source: false }),
  writeResolver({ spec: wpsTargetWrite, input: WpsTargetInput, output: WpsTarget, required: ["indicatorCode", "year", "value"], source: false }),
  writeResolver({
    spec: deploymentRequestWrite,
    input: DeploymentRequestInput,
    output: DeploymentRequest,
    required: ["missionCode", "receivedOn", "positionsRequested", "decision"],
    source: true,
  }),
];
