import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { wpsMilestoneWrite } from "../../../core/writes/wps-milestone.write";
import { DateScalar } from "../common/date.scalar";
import { writeInputs } from "./write-inputs";

export const wpsMilestoneInputs = writeInputs(wpsMilestoneWrite, "A WPS milestone.", {
  date: { type: () => DateScalar },
  countryIso3: { type: () => String, validate: [Accepts(FIELD_RULES.countryIso3)] },
  missionCode: { type: () => String, validate: [Accepts(FIELD_RULES.missionCode)] },
  title: { type: () => String, validate: [Accepts(FIELD_RULES.title)] },
  description: { type: () => String, validate: [Accepts(FIELD_RULES.description)] },
  category: { type: () => String, validate: [Accepts(FIELD_RULES.milestoneCategory)] },
  source: { type: () => String, description: "Where the milestone is told (a citation); default: entered through the API.", validate: [Accepts(FIELD_RULES.source)] },
});
