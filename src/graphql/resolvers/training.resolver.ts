import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import { listPage } from "./list-page";
import { toTrainingDelivery, toTrainingTopic, trainingDeliveryList, trainingTopicList } from "../../core/repositories/training.repository";
import { TrainingDeliveryConnection, TrainingTopicConnection } from "../schema/connections";
import { Country } from "../schema/country.type";
import { Mission } from "../schema/mission.type";
import { TrainingDeliveriesArgs } from "../schema/training-delivery.args";
import { TrainingDelivery } from "../schema/training-delivery.type";
import { TrainingTopicsArgs } from "../schema/training-topic.args";
import { TrainingTopic } from "../schema/training-topic.type";
import type { Context } from "../context";

@Resolver(() => TrainingDelivery)
export class TrainingResolver {
  @Query(() => TrainingDeliveryConnection, { description: "Training courses delivered (SYNTHETIC in the demo database; see `source`)." })
  trainingDeliveries(@Args() args: TrainingDeliveriesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "TrainingDelivery", trainingDeliveryList, args, toTrainingDelivery);
  }

  @Query(() => TrainingTopicConnection, { description: "Training topics and their themes (reference data)." })
  trainingTopics(@Args() args: TrainingTopicsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "TrainingTopic", trainingTopicList, args, toTrainingTopic);
  }

  @FieldResolver(() => TrainingTopic)
  topic(@Root() t: TrainingDelivery, @Ctx() ctx: Context) {
    return ctx.loaders.topicById.load(t.topicId);
  }

  @FieldResolver(() => Country)
  country(@Root() t: TrainingDelivery, @Ctx() ctx: Context) {
    return ctx.loaders.countryByIso3.load(t.countryIso3);
  }

  @FieldResolver(() => Mission, { nullable: true })
  mission(@Root() t: TrainingDelivery, @Ctx() ctx: Context) {
    return t.missionId === null ? null : ctx.loaders.missionById.load(t.missionId);
  }
}
