import { ApiKeyEntity } from "./api-key.entity";
import { AuditEntryEntity } from "./audit-entry.entity";
import { CountryEntity } from "./country.entity";
import { DeploymentRequestEntity } from "./deployment-request.entity";
import { DeploymentEntity } from "./deployment.entity";
import { MissionEntity } from "./mission.entity";
import { OfficerEntity } from "./officer.entity";
import { OrganizationEntity } from "./organization.entity";
import { PoliceServiceEntity } from "./police-service.entity";
import { RoleEntity } from "./role.entity";
import { SpecializedTeamEntity } from "./specialized-team.entity";
import { TrainingDeliveryEntity } from "./training-delivery.entity";
import { TrainingTopicEntity } from "./training-topic.entity";
import { UnContributionEntity } from "./un-contribution.entity";
import { WpsIndicatorEntity } from "./wps-indicator.entity";
import { WpsMilestoneEntity } from "./wps-milestone.entity";
import { WpsTargetEntity } from "./wps-target.entity";

export const entities = [
  CountryEntity,
  OrganizationEntity,
  MissionEntity,
  DeploymentRequestEntity,
  PoliceServiceEntity,
  OfficerEntity,
  RoleEntity,
  SpecializedTeamEntity,
  DeploymentEntity,
  TrainingTopicEntity,
  TrainingDeliveryEntity,
  WpsMilestoneEntity,
  WpsIndicatorEntity,
  WpsTargetEntity,
  UnContributionEntity,
  ApiKeyEntity,
  AuditEntryEntity,
];
