import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { deploymentWrite } from "../../../core/writes/deployment.write";
import { DateScalar } from "../common/date.scalar";
import { writeInputs } from "./write-inputs";

export const deploymentInputs = writeInputs(deploymentWrite, "A deployment; teamName names a team of the same mission.", {
  personnelNumber: { type: () => String, validate: [Accepts(FIELD_RULES.personnelNumber)] },
  missionCode: { type: () => String, validate: [Accepts(FIELD_RULES.missionCode)] },
  roleCode: { type: () => String, validate: [Accepts(FIELD_RULES.roleCode)] },
  teamName: { type: () => String, description: "A specialized team of the deployment's mission; null for none.", validate: [Accepts(FIELD_RULES.teamName)] },
  startDate: { type: () => DateScalar },
  endDate: { type: () => DateScalar, description: "Null while ongoing." },
  senior: { type: () => Boolean },
  source: { type: () => String, validate: [Accepts(FIELD_RULES.source)] },
});
