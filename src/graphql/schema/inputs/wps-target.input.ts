import { IsInt, Max, Min } from "class-validator";
import { Float, Int } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { MAX_YEAR } from "../../../core/input/date-range";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { wpsTargetWrite } from "../../../core/writes/wps-target.write";
import { writeInputs } from "./write-inputs";

export const wpsTargetInputs = writeInputs(wpsTargetWrite, "A WPS target.", {
  indicatorCode: { type: () => String, validate: [Accepts(FIELD_RULES.indicatorCode)] },
  year: { type: () => Int, validate: [IsInt(), Min(1990), Max(MAX_YEAR)] },
  value: { type: () => Float, description: "A share between 0 and 1.", validate: [Min(0), Max(1)] },
  sourceNote: { type: () => String, validate: [Accepts(FIELD_RULES.note)] },
});
