import { Field, ObjectType } from "type-graphql";
import { NonNegativeIntResolver } from "graphql-scalars";
import { DateScalar } from "./common/date.scalar";
import { PersonnelType } from "./common/enums";
import { Node } from "./common/node.interface";
import type { UnContributionRow } from "../../core/model/un-contribution";

@ObjectType({
  implements: Node,
  description:
    "One row of the UN's monthly report of uniformed personnel by mission, contributing country, type and gender. Real UN statistics (a stock at a month end, not a flow).",
})
export class UnContribution extends Node implements UnContributionRow {
  pk!: number;
  missionId!: number | null;
  countryIso3!: string;
  missionCode!: string | null;

  @Field(() => DateScalar, { description: "Month-end date of the report." })
  asOfDate!: string;

  @Field(() => PersonnelType)
  personnelType!: PersonnelType;

  @Field(() => NonNegativeIntResolver)
  male!: number;

  @Field(() => NonNegativeIntResolver)
  female!: number;

  @Field(() => NonNegativeIntResolver)
  total!: number;

  @Field({ description: "The UN report the row comes from." })
  source!: string;
}
