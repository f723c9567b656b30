import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "./common/date.scalar";
import { Node } from "./common/node.interface";
import type { WpsMilestoneRow } from "../../core/model/wps-milestone";

@ObjectType({ implements: Node, description: "A Women, Peace and Security milestone named by the RCMP. Reference data, real." })
export class WpsMilestone extends Node implements WpsMilestoneRow {
  pk!: number;
  countryIso3!: string | null;
  missionId!: number | null;

  @Field(() => DateScalar, { description: "Where the source gives only a year, the year's first day." })
  date!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  category!: string;

  @Field({ description: "Where the milestone is told: a citation (the RCMP's page for the shipped ones), or `entered through the API`." })
  source!: string;
}
