import type { TrainingDeliveryFilter, TrainingDeliveryOrderField, TrainingDeliveryRow } from "../model/training-delivery";
import type { TrainingTopicFilter, TrainingTopicOrderField, TrainingTopicRow } from "../model/training-topic";
import type { NodeSource } from "../model/node-source";
import { anyOf, checkRange, type ListSpec } from "./list";
import { rowOf } from "./rows";
import type { Queryable } from "./sql";

const TOPIC_COLUMNS = `t.id AS pk, t.code, t.name, t.theme`;

export const trainingTopicList: ListSpec<TrainingTopicFilter, TrainingTopicOrderField> = {
  columns: TOPIC_COLUMNS,
  from: "training_topic t",
  conditions(f, p) {
    const c: string[] = [];
    anyOf(c, "t.theme", f.themes, p);
    return c;
  },
  orders: { CODE: `c.code COLLATE "C"`, NAME: `c.name COLLATE "C"` },
  defaultOrder: "CODE" as TrainingTopicOrderField,
  tiebreak: "c.pk",
};

export const toTrainingTopic = rowOf<TrainingTopicRow>;

/** Topic rows as other reads join them (reads/relations.ts). */
export const trainingTopicSource: NodeSource<TrainingTopicRow> = { columns: TOPIC_COLUMNS, from: "training_topic t", key: "t.id", map: toTrainingTopic };

export async function topicsByIds(db: Queryable, ids: readonly number[]): Promise<TrainingTopicRow[]> {
  return (await db.query(`SELECT ${TOPIC_COLUMNS} FROM training_topic t WHERE t.id = ANY($1)`, [ids])).map(toTrainingTopic);
}

const DELIVERY_COLUMNS = `d.id AS pk, d.mission_id AS "missionId", d.country_iso3 AS "countryIso3", d.topic_id AS "topicId",
  d.title, d.start_date AS "startDate", d.end_date AS "endDate", d.participants,
  d.female_participants AS "femaleParticipants", d.instructors_certified AS "instructorsCertified",
  d.female_only AS "femaleOnly", d.source`;

export const trainingDeliveryList: ListSpec<TrainingDeliveryFilter, TrainingDeliveryOrderField> = {
  columns: DELIVERY_COLUMNS,
  from: "training_delivery d",
  conditions(f, p) {
    const c: string[] = [];
    if (f.topics) c.push(`d.topic_id IN (SELECT id FROM training_topic WHERE code = ANY(${p.bind(f.topics)}))`);
    if (f.themes) c.push(`d.topic_id IN (SELECT id FROM training_topic WHERE theme = ANY(${p.bind(f.themes)}))`);
    anyOf(c, "d.country_iso3", f.countries, p);
    if (f.missions) c.push(`d.mission_id IN (SELECT id FROM mission WHERE code = ANY(${p.bind(f.missions)}))`);
    checkRange(f.from, f.to, "filter.");
    if (f.from) c.push(`d.start_date >= ${p.bind(f.from)}::date`);
    if (f.to) c.push(`d.start_date <= ${p.bind(f.to)}::date`);
    if (f.femaleOnly !== null && f.femaleOnly !== undefined) c.push(`d.female_only = ${p.bind(f.femaleOnly)}`);
    return c;
  },
  orders: { START_DATE: `c."startDate"`, TITLE: `c.title COLLATE "C"`, PARTICIPANTS: "c.participants" },
  defaultOrder: "START_DATE" as TrainingDeliveryOrderField,
  tiebreak: "c.pk",
};

export const toTrainingDelivery = rowOf<TrainingDeliveryRow>;

export async function trainingDeliveriesByIds(db: Queryable, ids: readonly number[]): Promise<TrainingDeliveryRow[]> {
  return (await db.query(`SELECT ${DELIVERY_COLUMNS} FROM training_delivery d WHERE d.id = ANY($1)`, [ids])).map(toTrainingDelivery);
}
