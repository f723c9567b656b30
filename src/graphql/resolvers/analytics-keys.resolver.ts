import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ContributionKey } from "../schema/analytics/contribution-report.type";
import { CountryCoverage } from "../schema/analytics/coverage-report.type";
import { ParticipationKey } from "../schema/analytics/participation.type";
import { ReconciliationRow, TargetProgress } from "../schema/analytics/target-progress.type";
import { TrainingKey } from "../schema/analytics/training-report.type";
import { Country } from "../schema/country.type";
import { Mission } from "../schema/mission.type";
import { Organization } from "../schema/organization.type";
import { PoliceService } from "../schema/police-service.type";
import { Role } from "../schema/role.type";
import { SpecializedTeam } from "../schema/specialized-team.type";
import { TrainingTopic } from "../schema/training-topic.type";
import { WpsTarget } from "../schema/wps-target.type";
import type { Context } from "../context";

// Report keys carry ids; the objects come through the request's loaders, one query per type.
const mission = (ctx: Context, id: number | null) => (id === null ? null : ctx.loaders.missionById.load(id));
const country = (ctx: Context, iso3: string | null) => (iso3 === null ? null : ctx.loaders.countryByIso3.load(iso3));

@Resolver(() => ParticipationKey)
export class ParticipationKeyResolver {
  @FieldResolver(() => Mission, { nullable: true })
  mission(@Root() k: ParticipationKey, @Ctx() ctx: Context) {
    return mission(ctx, k.missionId);
  }

  @FieldResolver(() => Country, { nullable: true, description: "Host country." })
  country(@Root() k: ParticipationKey, @Ctx() ctx: Context) {
    return country(ctx, k.countryIso3);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "Lead organization of the mission." })
  organization(@Root() k: ParticipationKey, @Ctx() ctx: Context) {
    return k.organizationId === null ? null : ctx.loaders.organizationById.load(k.organizationId);
  }

  @FieldResolver(() => Role, { nullable: true })
  role(@Root() k: ParticipationKey, @Ctx() ctx: Context) {
    return k.roleId === null ? null : ctx.loaders.roleById.load(k.roleId);
  }

  @FieldResolver(() => SpecializedTeam, { nullable: true })
  team(@Root() k: ParticipationKey, @Ctx() ctx: Context) {
    return k.teamId === null ? null : ctx.loaders.teamById.load(k.teamId);
  }

  @FieldResolver(() => PoliceService, { nullable: true })
  policeService(@Root() k: ParticipationKey, @Ctx() ctx: Context) {
    return k.policeServiceId === null ? null : ctx.loaders.policeServiceById.load(k.policeServiceId);
  }
}

@Resolver(() => TrainingKey)
export class TrainingKeyResolver {
  @FieldResolver(() => TrainingTopic, { nullable: true })
  topic(@Root() k: TrainingKey, @Ctx() ctx: Context) {
    return k.topicId === null ? null : ctx.loaders.topicById.load(k.topicId);
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() k: TrainingKey, @Ctx() ctx: Context) {
    return country(ctx, k.countryIso3);
  }

  @FieldResolver(() => Mission, { nullable: true })
  mission(@Root() k: TrainingKey, @Ctx() ctx: Context) {
    return mission(ctx, k.missionId);
  }
}

@Resolver(() => ContributionKey)
export class ContributionKeyResolver {
  @FieldResolver(() => Mission, { nullable: true, description: "Null also for the UN's country totals without a mission (2018-03..2019-08)." })
  mission(@Root() k: ContributionKey, @Ctx() ctx: Context) {
    return mission(ctx, k.missionId);
  }

  @FieldResolver(() => Country, { nullable: true })
  contributor(@Root() k: ContributionKey, @Ctx() ctx: Context) {
    return country(ctx, k.contributorIso3);
  }
}

@Resolver(() => CountryCoverage)
export class CountryCoverageResolver {
  @FieldResolver(() => Country)
  country(@Root() c: CountryCoverage, @Ctx() ctx: Context) {
    return ctx.loaders.countryByIso3.load(c.countryIso3);
  }
}

@Resolver(() => TargetProgress)
export class TargetProgressResolver {
  @FieldResolver(() => WpsTarget)
  async target(@Root() t: TargetProgress, @Ctx() ctx: Context) {
    return ctx.loaders.targetById.load(t.targetId);
  }
}

@Resolver(() => ReconciliationRow)
export class ReconciliationRowResolver {
  @FieldResolver(() => Mission)
  mission(@Root() r: ReconciliationRow, @Ctx() ctx: Context) {
    return ctx.loaders.missionById.load(r.missionId);
  }
}
