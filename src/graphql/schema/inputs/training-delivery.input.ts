import { IsInt, Min } from "class-validator";
import { Int } from "type-graphql";
import { Accepts } from "../../../core/input/accepts.decorator";
import { FIELD_RULES } from "../../../core/input/field-rules";
import { trainingDeliveryWrite } from "../../../core/writes/training-delivery.write";
import { DateScalar } from "../common/date.scalar";
import { writeInputs } from "./write-inputs";

export const trainingDeliveryInputs = writeInputs(trainingDeliveryWrite, "A training delivered.", {
  title: { type: () => String, validate: [Accepts(FIELD_RULES.title)] },
  topicCode: { type: () => String, validate: [Accepts(FIELD_RULES.topicCode)] },
  countryIso3: { type: () => String, validate: [Accepts(FIELD_RULES.countryIso3)] },
  missionCode: { type: () => String, validate: [Accepts(FIELD_RULES.missionCode)] },
  startDate: { type: () => DateScalar },
  endDate: { type: () => DateScalar },
  participants: { type: () => Int, validate: [IsInt(), Min(0)] },
  femaleParticipants: { type: () => Int, validate: [IsInt(), Min(0)] },
  instructorsCertified: { type: () => Int, validate: [IsInt(), Min(0)] },
  femaleOnly: { type: () => Boolean },
  source: { type: () => String, validate: [Accepts(FIELD_RULES.source)] },
});
