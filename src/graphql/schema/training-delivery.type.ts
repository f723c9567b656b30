import { Field, ObjectType } from "type-graphql";
import { NonNegativeIntResolver } from "graphql-scalars";
import { DateScalar } from "./common/date.scalar";
import { Node } from "./common/node.interface";
import type { TrainingDeliveryRow } from "../../core/model/training-delivery";

@ObjectType({ implements: Node, description: "A training course delivered abroad. In the demo database, SYNTHETIC (see `source`)." })
export class TrainingDelivery extends Node implements TrainingDeliveryRow {
  pk!: number;
  missionId!: number | null;
  countryIso3!: string;
  topicId!: number;

  @Field()
  title!: string;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  endDate!: string | null;

  @Field(() => NonNegativeIntResolver)
  participants!: number;

  @Field(() => NonNegativeIntResolver)
  femaleParticipants!: number;

  @Field(() => NonNegativeIntResolver)
  instructorsCertified!: number;

  @Field({ description: "A course open to women only." })
  femaleOnly!: boolean;

  @Field()
  source!: string;
}
