import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { TRAINING_DIMENSIONS, type TrainingFilterValues } from "../../../core/analytics/trainings";
import { declareKeyFields } from "./report-key";
import { Provenance } from "./provenance.type";

@InputType({ description: "Every list is OR within the field, AND across fields. Unknown codes are a BAD_USER_INPUT error." })
export class TrainingFilter implements TrainingFilterValues {
  @Field(() => [String], { nullable: true, description: "Topic codes." })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Themes, e.g. DOMESTIC_VIOLENCE." })
  themes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Host-country ISO3 codes." })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Mission codes." })
  missions?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only female-only courses (true) or only the others (false)." })
  femaleOnly?: boolean | null;
}

@ObjectType({ description: "The group of a row: only the fields of the requested dimensions are set." })
export class TrainingKey {}
declareKeyFields(TrainingKey, TRAINING_DIMENSIONS);

@ObjectType({ description: "Trainings delivered in one group: deliveries starting in the period. Not suppressed (published aggregates)." })
export class TrainingRow {
  @Field(() => TrainingKey)
  key!: TrainingKey;

  @Field(() => Int)
  deliveries!: number;

  @Field(() => Int)
  participants!: number;

  @Field(() => Int)
  femaleParticipants!: number;

  @Field(() => Float, { nullable: true, description: "femaleParticipants / participants; null when there are none." })
  femaleShare!: number | null;

  @Field(() => Int)
  instructorsCertified!: number;

  @Field(() => Int, { description: "Distinct host countries." })
  countries!: number;

  @Field(() => Provenance, { description: "The report's provenance, repeated on each row so that a row read or exported alone says where its figures come from." })
  provenance!: Provenance;
}

@ObjectType()
export class TrainingReport {
  @Field(() => TrainingRow)
  total!: TrainingRow;

  @Field(() => [TrainingRow])
  rows!: TrainingRow[];

  @Field(() => Provenance, { description: "Where the report's figures come from: REAL, SYNTHETIC or MIXED, with the sources of the rows it read (every row of the report included)." })
  provenance!: Provenance;
}
