import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../common/date.scalar";
import { PARTICIPATION_DIMENSIONS } from "../../../core/analytics/dimensions";
import { declareKeyFields } from "./report-key";

@ObjectType({ description: "A 95 % Wilson score interval of a rate." })
export class RateInterval {
  @Field(() => Float)
  low!: number;

  @Field(() => Float)
  high!: number;
}

@ObjectType({ description: "The group of a row: only the fields of the requested dimensions are set; the rest are null." })
export class ParticipationKey {}
declareKeyFields(ParticipationKey, PARTICIPATION_DIMENSIONS);

@ObjectType({
  description:
    "Officers deployed and women's participation in one group. Figures from the register (SYNTHETIC in the demo database). " +
    "When known < minCellSize the row is suppressed: gender counts, rate, interval and female person-days are null.",
})
export class ParticipationRow {
  @Field(() => ParticipationKey)
  key!: ParticipationKey;

  @Field(() => Int, { description: "Distinct officers with a deployment overlapping the period in this group." })
  officers!: number;

  @Field(() => Int, { description: "Officers whose gender is not UNDISCLOSED." })
  known!: number;

  @Field(() => Int)
  undisclosed!: number;

  @Field(() => Int, { nullable: true })
  female!: number | null;

  @Field(() => Int, { nullable: true })
  male!: number | null;

  @Field(() => Int, { nullable: true })
  anotherGender!: number | null;

  @Field(() => Float, { nullable: true, description: "female / known; null when suppressed or known = 0." })
  rate!: number | null;

  @Field(() => RateInterval, { nullable: true, description: "Wilson 95 % interval of rate." })
  interval!: RateInterval | null;

  @Field(() => Int, { description: "Sum over deployments of their days inside the period (inclusive)." })
  personDays!: number;

  @Field(() => Int, { nullable: true })
  femalePersonDays!: number | null;

  @Field(() => Float, { nullable: true, description: "femalePersonDays / person-days of officers of known gender." })
  femalePersonDayShare!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType()
export class ParticipationReport {
  @Field(() => ParticipationRow, { description: "All groups together, each officer counted once." })
  total!: ParticipationRow;

  @Field(() => [ParticipationRow], { description: "Groups with at least one officer, sorted by their keys." })
  rows!: ParticipationRow[];
}

@ObjectType({ description: "Headcount at a period end: officers deployed on that date." })
export class HeadcountPoint {
  @Field(() => DateScalar, { description: "The period end." })
  date!: string;

  @Field(() => ParticipationKey)
  key!: ParticipationKey;

  @Field(() => Int)
  officers!: number;

  @Field(() => Int)
  known!: number;

  @Field(() => Int, { nullable: true })
  female!: number | null;

  @Field(() => Float, { nullable: true })
  rate!: number | null;

  @Field()
  suppressed!: boolean;
}
