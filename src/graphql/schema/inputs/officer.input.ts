import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { officerWrite } from "../../../core/writes/officer.write";
import { Gender } from "../common/enums";
import { writeInputs } from "./write-inputs";

export const officerInputs = writeInputs(officerWrite, "An officer. Names are personal data: stored, and readable by ADMIN only.", {
  personnelNumber: { type: () => String, validate: [Accepts(FIELD_RULES.personnelNumber)] },
  givenName: { type: () => String, validate: [Accepts(FIELD_RULES.personName)] },
  familyName: { type: () => String, validate: [Accepts(FIELD_RULES.personName)] },
  gender: { type: () => Gender },
  rank: { type: () => String, validate: [Accepts(FIELD_RULES.rank)] },
  policeServiceCode: { type: () => String, validate: [Accepts(FIELD_RULES.policeServiceCode)] },
  source: { type: () => String, validate: [Accepts(FIELD_RULES.source)] },
});
