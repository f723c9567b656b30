import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../common/date.scalar";
import { PARTICIPATION_DIMENSIONS } from "../../../core/analytics/dimensions";
import { declareKeyFields } from "./report-key";
import { Provenance } from "./provenance.type";

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
    "Suppressed rows (known < minCellSize, or withheld so that no small group can be derived from the others: see `suppressed`) " +
    "have null gender counts, rate, interval and female person-days; under a genders filter their officers, known, undisclosed and person-days too.",
})
export class ParticipationRow {
  @Field(() => ParticipationKey)
  key!: ParticipationKey;

  @Field(() => Int, { nullable: true, description: "Distinct officers with a deployment overlapping the period in this group. Null only when a genders filter makes it a gender figure and the row is suppressed." })
  officers!: number | null;

  @Field(() => Int, { nullable: true, description: "Officers whose gender is not UNDISCLOSED. Null only when a genders filter makes it a gender figure and the row is suppressed." })
  known!: number | null;

  @Field(() => Int, { nullable: true, description: "Officers whose gender is UNDISCLOSED. Null only when a genders filter makes it a gender figure and the row is suppressed." })
  undisclosed!: number | null;

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

  @Field(() => Int, { nullable: true, description: "Sum over deployments of their days inside the period (inclusive). Null only when a genders filter makes it a gender figure and the row is suppressed." })
  personDays!: number | null;

  @Field(() => Int, { nullable: true })
  femalePersonDays!: number | null;

  @Field(() => Float, { nullable: true, description: "femalePersonDays / person-days of officers of known gender." })
  femalePersonDayShare!: number | null;

  @Field({
    description:
      "The row's gender figures are withheld: it has fewer than minCellSize officers of known gender, or they would let a smaller group be " +
      "derived from the other figures of this report or of its coarser groupings (secondary suppression). Never a zero.",
  })
  suppressed!: boolean;

  @Field(() => Provenance, { description: "The report's provenance, repeated on each row so that a row read or exported alone says where its figures come from." })
  provenance!: Provenance;
}

@ObjectType()
export class ParticipationReport {
  @Field(() => ParticipationRow, { description: "All groups together, each officer counted once." })
  total!: ParticipationRow;

  @Field(() => [ParticipationRow], { description: "Groups with at least one officer, sorted by their keys." })
  rows!: ParticipationRow[];

  @Field(() => Provenance, { description: "Where the report's figures come from: REAL, SYNTHETIC or MIXED, with the sources of the rows it read (every row of the report included)." })
  provenance!: Provenance;
}

@ObjectType({ description: "Headcount at a period end: officers deployed on that date." })
export class HeadcountPoint {
  @Field(() => DateScalar, { description: "The period end." })
  date!: string;

  @Field(() => ParticipationKey)
  key!: ParticipationKey;

  @Field(() => Int, { nullable: true, description: "Officers deployed on that date. Null only when a genders filter makes it a gender figure and the row is suppressed." })
  officers!: number | null;

  @Field(() => Int, { nullable: true, description: "Of them, officers whose gender is not UNDISCLOSED. Null only when a genders filter makes it a gender figure and the row is suppressed." })
  known!: number | null;

  @Field(() => Int, { nullable: true })
  female!: number | null;

  @Field(() => Float, { nullable: true })
  rate!: number | null;

  @Field({ description: "Gender figures withheld (small, or withheld so that no small group can be derived): as in ParticipationRow." })
  suppressed!: boolean;

  @Field(() => Provenance, { description: "Where the series' figures come from (the same on every point of a series)." })
  provenance!: Provenance;
}
