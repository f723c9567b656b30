import type { Queryable } from "../repositories/sql";
import { countriesByIso3, hostCountriesOfMissions } from "../repositories/country.repository";
import { deploymentList, toDeployment } from "../repositories/deployment.repository";
import { listConnectionsByParent, type ListArgs } from "../repositories/list";
import { missionsByIds, missionsOfCountries } from "../repositories/mission.repository";
import { officerNamesByIds, officersByIds } from "../repositories/officer.repository";
import { organizationsByIds } from "../repositories/organization.repository";
import { policeServicesByIds } from "../repositories/police-service.repository";
import { rolesByIds } from "../repositories/role.repository";
import { teamsByIds, teamsOfMissions } from "../repositories/specialized-team.repository";
import { topicsByIds } from "../repositories/training.repository";
import { indicatorsByIds, targetsByIds, targetsOfIndicators } from "../repositories/wps.repository";
import type { Connection } from "../model/paging";
import type { DeploymentFilter, DeploymentOrderField, DeploymentRow } from "../model/deployment";
import { argsLoader, groupLoader, keyLoader } from "./loader";
import { rowShape } from "../reads/includes";
import type { PagePlan } from "../model/read-plan";

type DeploymentArgs = ListArgs<DeploymentFilter, DeploymentOrderField>;

/** A nested page's arguments and its read plan: parents asking the same of both share one statement. */
export interface PageRead<A> {
  args: A;
  plan: PagePlan;
}

/** Fresh loaders for one request: nothing cached here outlives it or is seen by another caller. */
export function createLoaders(db: Queryable) {
  return {
    countryByIso3: keyLoader((k: readonly string[]) => countriesByIso3(db, k), (v) => v.iso3),
    organizationById: keyLoader((k: readonly number[]) => organizationsByIds(db, k), (v) => v.pk),
    missionById: keyLoader((k: readonly number[]) => missionsByIds(db, k), (v) => v.pk),
    roleById: keyLoader((k: readonly number[]) => rolesByIds(db, k), (v) => v.pk),
    officerById: keyLoader((k: readonly number[]) => officersByIds(db, k), (v) => v.pk),
    officerNamesById: keyLoader((k: readonly number[]) => officerNamesByIds(db, k), (v) => v.pk),
    policeServiceById: keyLoader((k: readonly number[]) => policeServicesByIds(db, k), (v) => v.pk),
    teamById: keyLoader((k: readonly number[]) => teamsByIds(db, k), (v) => v.pk),
    topicById: keyLoader((k: readonly number[]) => topicsByIds(db, k), (v) => v.pk),
    targetById: keyLoader((k: readonly number[]) => targetsByIds(db, k), (v) => v.pk),
    indicatorById: keyLoader((k: readonly number[]) => indicatorsByIds(db, k), (v) => v.pk),
    hostCountriesByMissionId: groupLoader((k: readonly number[]) => hostCountriesOfMissions(db, k), (v) => v.missionId),
    missionsByCountryIso3: groupLoader((k: readonly string[]) => missionsOfCountries(db, k), (v) => v.countryIso3),
    teamsByMissionId: groupLoader((k: readonly number[]) => teamsOfMissions(db, k), (v) => v.missionId),
    targetsByIndicatorId: groupLoader((k: readonly number[]) => targetsOfIndicators(db, k), (v) => v.indicatorId),
    deploymentsByMissionId: argsLoader<number, PageRead<DeploymentArgs>, Connection<DeploymentRow>>((k, { args, plan }) =>
      listConnectionsByParent(db, deploymentList, "d.mission_id", "missionId", k, args, rowShape("Deployment", plan, toDeployment), plan.totalCount),
    ),
    deploymentsByOfficerId: argsLoader<number, PageRead<DeploymentArgs>, Connection<DeploymentRow>>((k, { args, plan }) =>
      listConnectionsByParent(db, deploymentList, "d.officer_id", "officerId", k, args, rowShape("Deployment", plan, toDeployment), plan.totalCount),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
