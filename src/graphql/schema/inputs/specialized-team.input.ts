import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { specializedTeamWrite } from "../../../core/writes/specialized-team.write";
import { DateScalar } from "../common/date.scalar";
import { TeamFocus } from "../common/enums";
import { writeInputs } from "./write-inputs";

export const specializedTeamInputs = writeInputs(specializedTeamWrite, "A specialized team.", {
  missionCode: { type: () => String, validate: [Accepts(FIELD_RULES.missionCode)] },
  name: { type: () => String, validate: [Accepts(FIELD_RULES.teamName)] },
  focus: { type: () => TeamFocus },
  ledByCanada: { type: () => Boolean },
  startDate: { type: () => DateScalar },
  endDate: { type: () => DateScalar },
  source: { type: () => String, validate: [Accepts(FIELD_RULES.source)] },
});
