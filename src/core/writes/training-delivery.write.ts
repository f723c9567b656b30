import { countryIso3, missionId, topicId } from "./references";
import type { WriteSpec } from "./write-spec";

export const trainingDeliveryWrite: WriteSpec = {
  typeName: "TrainingDelivery",
  entity: "training_delivery",
  table: "training_delivery",
  fields: {
    title: { column: "title" },
    topicCode: { column: "topic_id", resolve: topicId },
    countryIso3: { column: "country_iso3", resolve: countryIso3 },
    missionCode: { column: "mission_id", resolve: missionId },
    startDate: { column: "start_date" },
    endDate: { column: "end_date" },
    participants: { column: "participants" },
    femaleParticipants: { column: "female_participants" },
    instructorsCertified: { column: "instructors_certified" },
    femaleOnly: { column: "female_only" },
    source: { column: "source" },
  },
  constraintFields: {
    training_delivery_title_country_start_key: "title",
    training_delivery_dates_check: "endDate",
    training_delivery_female_check: "femaleParticipants",
    training_delivery_female_only_check: "femaleOnly",
    training_delivery_counts_check: "participants",
  },
  referencedBy: [],
};
