import { IsInt, Min } from "class-validator";
import { Int } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { deploymentRequestWrite } from "../../../core/writes/deployment-request.write";
import { DateScalar } from "../common/date.scalar";
import { RequestDecision } from "../common/enums";
import { writeInputs } from "./write-inputs";

export const deploymentRequestInputs = writeInputs(
  deploymentRequestWrite,
  "A request for police, from exactly one requester: requestedByOrganizationCode or requestedByCountryIso3.",
  {
    missionCode: { type: () => String, validate: [Accepts(FIELD_RULES.missionCode)] },
    requestedByOrganizationCode: { type: () => String, validate: [Accepts(FIELD_RULES.organizationCode)] },
    requestedByCountryIso3: { type: () => String, validate: [Accepts(FIELD_RULES.countryIso3)] },
    receivedOn: { type: () => DateScalar },
    positionsRequested: { type: () => Int, validate: [IsInt(), Min(0)] },
    decision: { type: () => RequestDecision },
    decidedOn: { type: () => DateScalar, description: "Null while PENDING." },
    source: { type: () => String, validate: [Accepts(FIELD_RULES.source)] },
  },
);
