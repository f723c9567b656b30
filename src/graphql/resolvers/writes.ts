import { DeploymentRequest } from "../schema/deployment-request.type";
import { Deployment } from "../schema/deployment.type";
import { deploymentRequestInputs } from "../schema/inputs/deployment-request.input";
import { deploymentInputs } from "../schema/inputs/deployment.input";
import { missionInputs } from "../schema/inputs/mission.input";
import { officerInputs } from "../schema/inputs/officer.input";
import { specializedTeamInputs } from "../schema/inputs/specialized-team.input";
import { trainingDeliveryInputs } from "../schema/inputs/training-delivery.input";
import { wpsMilestoneInputs } from "../schema/inputs/wps-milestone.input";
import { wpsTargetInputs } from "../schema/inputs/wps-target.input";
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

/** The mutations of the register, one resolver per entity; what a create needs is in each write spec. */
export const writeResolvers = [
  writeResolver({ spec: missionWrite, inputs: missionInputs, output: Mission, source: true }),
  writeResolver({ spec: specializedTeamWrite, inputs: specializedTeamInputs, output: SpecializedTeam, source: true }),
  writeResolver({ spec: officerWrite, inputs: officerInputs, output: Officer, source: true }),
  writeResolver({ spec: deploymentWrite, inputs: deploymentInputs, output: Deployment, source: true }),
  writeResolver({ spec: trainingDeliveryWrite, inputs: trainingDeliveryInputs, output: TrainingDelivery, source: true }),
  writeResolver({ spec: wpsMilestoneWrite, inputs: wpsMilestoneInputs, output: WpsMilestone, source: true }),
  writeResolver({ spec: wpsTargetWrite, inputs: wpsTargetInputs, output: WpsTarget, source: false }),
  writeResolver({ spec: deploymentRequestWrite, inputs: deploymentRequestInputs, output: DeploymentRequest, source: true }),
];
