import { ArrayMaxSize, IsInt, Max, Min } from "class-validator";
import { Int } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { MAX_YEAR, MIN_YEAR } from "../../../core/input/date-range";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { missionWrite } from "../../../core/writes/mission.write";
import { DateScalar } from "../common/date.scalar";
import { MissionKind } from "../common/enums";
import { writeInputs } from "./write-inputs";

export const missionInputs = writeInputs(missionWrite, "A mission.", {
  code: { type: () => String, validate: [Accepts(FIELD_RULES.missionCode)] },
  name: { type: () => String, validate: [Accepts(FIELD_RULES.missionName)] },
  leadOrganizationCode: { type: () => String, description: "Organization code, e.g. UN.", validate: [Accepts(FIELD_RULES.organizationCode)] },
  hostCountries: {
    type: () => [String],
    description: "Host countries' ISO3 codes; replaces the list.",
    validate: [ArrayMaxSize(20), Accepts(FIELD_RULES.countryIso3, { each: true })],
  },
  kind: { type: () => MissionKind },
  startDate: { type: () => DateScalar },
  endDate: { type: () => DateScalar },
  canadianPoliceFrom: { type: () => Int, validate: [IsInt(), Min(MIN_YEAR), Max(MAX_YEAR)] },
  canadianPoliceTo: { type: () => Int, validate: [IsInt(), Min(MIN_YEAR), Max(MAX_YEAR)] },
  source: { type: () => String, description: "Where the facts come from.", validate: [Accepts(FIELD_RULES.source)] },
});
