import { countryIso3, missionId, topicId } from "./references";
import type { WriteSpec } from "./write-spec";

export const trainingDeliveryWrite: WriteSpec = {
  typeName: "TrainingDelivery",
  entity: "training_delivery",
  table: "training_delivery",
  fields: {
    title: { column: "title", presence: "required" },
    topicCode: { column: "topic_id", resolve: topicId, presence: "required" },
    countryIso3: { column: "country_iso3", resolve: countryIso3, presence: "required" },
    missionCode: { column: "mission_id", resolve: missionId },
    startDate: { column: "start_date", presence: "required" },
    endDate: { column: "end_date" },
    participants: { column: "participants", presence: "required" },
    femaleParticipants: { column: "female_participants", presence: "required" },
    instructorsCertified: { column: "instructors_certified", presence: "defaulted" },
    femaleOnly: { column: "female_only", presence: "defaulted" },
    source: { column: "source", presence: "defaulted" },
  },
  uniqueKeys: { training_delivery_title_country_start_key: { blame: "title", fields: ["title", "countryIso3", "startDate"] } },
  referencedBy: [],
};
