import { ContributionKeyResolver, CountryCoverageResolver, ParticipationKeyResolver, ReconciliationRowResolver, TargetProgressResolver, TrainingKeyResolver } from "./analytics-keys.resolver";
import { AdminResolver } from "./admin.resolver";
import { AnalyticsResolver } from "./analytics.resolver";
import { CountryResolver } from "./country.resolver";
import { DeploymentRequestResolver } from "./deployment-request.resolver";
import { DeploymentResolver } from "./deployment.resolver";
import { MissionResolver } from "./mission.resolver";
import { NodeResolver } from "./node.resolver";
import { OfficerResolver } from "./officer.resolver";
import { OrganizationResolver } from "./organization.resolver";
import { PoliceServiceResolver } from "./police-service.resolver";
import { RoleResolver } from "./role.resolver";
import { SpecializedTeamResolver } from "./specialized-team.resolver";
import { TrainingResolver } from "./training.resolver";
import { UnContributionResolver } from "./un-contribution.resolver";
import { ViewerResolver } from "./viewer.resolver";
import { writeResolvers } from "./writes";
import { WpsIndicatorResolver, WpsMilestoneResolver, WpsTargetResolver } from "./wps.resolver";

export const resolvers = [
  AdminResolver,
  AnalyticsResolver,
  ContributionKeyResolver,
  CountryCoverageResolver,
  ParticipationKeyResolver,
  ReconciliationRowResolver,
  TargetProgressResolver,
  TrainingKeyResolver,
  CountryResolver,
  DeploymentRequestResolver,
  DeploymentResolver,
  MissionResolver,
  NodeResolver,
  OfficerResolver,
  OrganizationResolver,
  PoliceServiceResolver,
  RoleResolver,
  SpecializedTeamResolver,
  TrainingResolver,
  UnContributionResolver,
  WpsIndicatorResolver,
  WpsMilestoneResolver,
  WpsTargetResolver,
  ViewerResolver,
  ...writeResolvers,
] as const;
