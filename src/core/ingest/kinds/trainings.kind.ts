import { FIELD_RULES } from "../../input/field-rules";
import type { TrainingDeliveryRow } from "../../model/training-delivery";
import type { KindSpec } from "../kind";
import { readSource, sourceField } from "../source-field";

/** What an import writes of a training delivery: its columns without the key. */
type TrainingRow = Omit<TrainingDeliveryRow, "pk" | "source"> & { source: string | null };

export const trainingsKind: KindSpec<TrainingRow> = {
  kind: "trainings",
  table: "training_delivery",
  columns: [
    { name: "title", required: true },
    { name: "topic_code", required: true },
    { name: "country_iso3", required: true },
    { name: "mission_code", required: false },
    { name: "start_date", required: true },
    { name: "end_date", required: false },
    { name: "participants", required: true },
    { name: "female_participants", required: true },
    { name: "instructors_certified", required: false },
    { name: "female_only", required: false },
    { name: "source", required: false },
  ],
  keyColumns: ["title", "country_iso3", "start_date"],
  references: ["topics", "countries", "missions"],
  parse(ctx, refs) {
    const title = ctx.checked("title", FIELD_RULES.title, true);
    const topicId = ctx.refCode("topic_code", FIELD_RULES.topicCode, refs.topics, "training topic", true);
    const countryIso3 = ctx.country("country_iso3", refs.countries, true);
    const missionId = ctx.refCode("mission_code", FIELD_RULES.missionCode, refs.missions, "mission", false);
    const startDate = ctx.date("start_date", true);
    const endDate = ctx.date("end_date", false);
    const participants = ctx.int("participants", true);
    const femaleParticipants = ctx.int("female_participants", true);
    // NOT NULL columns with a default: an empty cell is that default.
    const instructorsCertified = ctx.int("instructors_certified", false) ?? 0;
    const femaleOnly = ctx.bool("female_only") ?? false;
    ctx.rules("training_delivery", {
      start_date: startDate, end_date: endDate, participants, female_participants: femaleParticipants, instructors_certified: instructorsCertified, female_only: femaleOnly,
    });
    const source = readSource(ctx);
    if (ctx.failed) return null;
    return {
      title: title!, topicId: topicId!, countryIso3: countryIso3!, missionId: missionId ?? null, startDate: startDate!, endDate: endDate ?? null,
      participants: participants!, femaleParticipants: femaleParticipants!, instructorsCertified, femaleOnly, source,
    };
  },
  key: (r) => `${r.title}\u0000${r.countryIso3}\u0000${r.startDate}`,
  fields: [
    { column: "title", type: "text", key: true, value: (r) => r.title },
    { column: "country_iso3", type: "text", key: true, value: (r) => r.countryIso3 },
    { column: "start_date", type: "date", key: true, value: (r) => r.startDate },
    { column: "topic_id", type: "int", value: (r) => r.topicId },
    { column: "mission_id", type: "int", file: "mission_code", value: (r) => r.missionId },
    { column: "end_date", type: "date", file: "end_date", value: (r) => r.endDate },
    { column: "participants", type: "int", value: (r) => r.participants },
    { column: "female_participants", type: "int", value: (r) => r.femaleParticipants },
    { column: "instructors_certified", type: "int", file: "instructors_certified", value: (r) => r.instructorsCertified },
    { column: "female_only", type: "boolean", file: "female_only", value: (r) => r.femaleOnly },
    sourceField(),
  ],
  conflict: "(title, country_iso3, start_date)",
};
