import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { CONTRIBUTION_DIMENSIONS } from "../../core/analytics/contributions";
import type { KeySpec } from "../../core/analytics/dimension-keys";
import { loadReference, type Reference } from "../../core/loaders/references";
import { PARTICIPATION_DIMENSIONS } from "../../core/analytics/dimensions";
import { TRAINING_DIMENSIONS } from "../../core/analytics/trainings";
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
import { WpsIndicator } from "../schema/wps-indicator.type";
import { WpsTarget } from "../schema/wps-target.type";
import type { Context } from "../context";

// Report keys carry ids (a country its ISO3 code); the objects come through the request's loaders.
const REFERENCE_TYPES: Record<Reference, () => ClassType> = {
  mission: () => Mission,
  country: () => Country,
  organization: () => Organization,
  role: () => Role,
  team: () => SpecializedTeam,
  policeService: () => PoliceService,
  topic: () => TrainingTopic,
  target: () => WpsTarget,
  indicator: () => WpsIndicator,
};

/** The resolver of a report's key type: one field per reference of the core's dimension registry. */
function keyResolver(keyType: ClassType, registry: Readonly<Record<string, KeySpec>>): ClassType {
  @Resolver(() => keyType)
  class KeyResolver {}
  Object.defineProperty(KeyResolver, "name", { value: `${keyType.name}Resolver` });
  for (const spec of Object.values(registry)) {
    if (typeof spec.value === "string") continue;
    const { keyField, value: { refers } } = spec;
    const resolve = (key: Record<string, unknown>, ctx: Context) => loadReference(ctx.loaders, refers, key[keyField]);
    const descriptor = { value: resolve, writable: true, configurable: true };
    Object.defineProperty(KeyResolver.prototype, spec.field, descriptor);
    Root()(KeyResolver.prototype, spec.field, 0);
    Ctx()(KeyResolver.prototype, spec.field, 1);
    FieldResolver(REFERENCE_TYPES[refers], { nullable: true, description: spec.description })(KeyResolver.prototype, spec.field, descriptor);
  }
  return KeyResolver;
}

export const ParticipationKeyResolver = keyResolver(ParticipationKey, PARTICIPATION_DIMENSIONS);
export const TrainingKeyResolver = keyResolver(TrainingKey, TRAINING_DIMENSIONS);
export const ContributionKeyResolver = keyResolver(ContributionKey, CONTRIBUTION_DIMENSIONS);

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
  @FieldResolver(() => Mission, { nullable: true, description: "Null on a country-total row." })
  mission(@Root() r: ReconciliationRow, @Ctx() ctx: Context) {
    return r.missionId === null ? null : ctx.loaders.missionById.load(r.missionId);
  }
}
