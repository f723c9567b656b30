import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { CONTRIBUTION_DIMENSIONS, type ContributionFilterValues } from "../../../core/analytics/contributions";
import { declareKeyFields } from "./report-key";
import { DateScalar } from "../common/date.scalar";
import { PersonnelType } from "../common/enums";
import { Provenance } from "./provenance.type";

@InputType({ description: "Every list is OR within the field, AND across fields. Unknown codes are a BAD_USER_INPUT error." })
export class ContributionFilter implements ContributionFilterValues {
  @Field(() => [String], { nullable: true, description: "Mission codes." })
  missions?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Contributing country ISO3 codes." })
  contributors?: string[] | null;

  @Field(() => [PersonnelType], { nullable: true })
  personnelTypes?: PersonnelType[] | null;
}

@ObjectType({ description: "The group of a row: only the fields of the requested dimensions are set." })
export class ContributionKey {}
declareKeyFields(ContributionKey, CONTRIBUTION_DIMENSIONS);

@ObjectType({
  description:
    "UN uniformed personnel in one group (real UN statistics). Counts are stocks at month ends: female, male and total are sums over the group's snapshots, so rate = female / total is the share over those snapshots; meanTotal is the mean monthly total.",
})
export class ContributionRow {
  @Field(() => ContributionKey)
  key!: ContributionKey;

  @Field(() => Int, { description: "Distinct month-end dates with rows for this group (missing months are not zeros)." })
  snapshots!: number;

  @Field(() => Int)
  female!: number;

  @Field(() => Int)
  male!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Float, { nullable: true })
  rate!: number | null;

  @Field(() => Float, { description: "total / snapshots." })
  meanTotal!: number;

  @Field(() => DateScalar, { nullable: true, description: "Last snapshot of the group; null only for an empty total." })
  latestDate!: string | null;

  @Field(() => Int)
  latestTotal!: number;

  @Field(() => Int)
  latestFemale!: number;

  @Field(() => Provenance, { description: "The report's provenance, repeated on each row so that a row read or exported alone says where its figures come from." })
  provenance!: Provenance;
}

@ObjectType()
export class ContributionReport {
  @Field(() => ContributionRow)
  total!: ContributionRow;

  @Field(() => [ContributionRow])
  rows!: ContributionRow[];

  @Field(() => Provenance, { description: "Where the report's figures come from: REAL, SYNTHETIC or MIXED, with the sources of the rows it read (every row of the report included)." })
  provenance!: Provenance;
}
