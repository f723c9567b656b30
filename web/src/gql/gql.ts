/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProvenanceFields on Provenance {\n    data\n    sources\n    asOf\n  }\n": typeof types.ProvenanceFieldsFragmentDoc,
    "\n  query DashboardParticipation($from: Date!, $to: Date!, $groupBy: [ParticipationDimension!], $filter: ParticipationFilter) {\n    femaleParticipation(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {\n      rows {\n        key {\n          year\n          mission { code name }\n          missionKind\n          organization { code name }\n          country { iso3 name }\n          region\n          subRegion\n          role { code name }\n          roleCategory\n          rank\n          senior\n          team { id name }\n          policeService { code name }\n          province\n          jurisdiction\n        }\n        officers\n        known\n        female\n        rate\n        interval { low high }\n        suppressed\n      }\n      provenance { ...ProvenanceFields }\n    }\n    targetProgress(indicator: \"NAP_WOMEN_DEPLOYED_POLICE\") {\n      target { year value }\n    }\n  }\n": typeof types.DashboardParticipationDocument,
    "\n  query DashboardHeadcount($from: Date!, $to: Date!, $filter: ParticipationFilter) {\n    headcountSeries(from: $from, to: $to, interval: QUARTER, filter: $filter) {\n      date\n      officers\n      known\n      female\n      suppressed\n      provenance { ...ProvenanceFields }\n    }\n  }\n": typeof types.DashboardHeadcountDocument,
    "\n  query DashboardCoverage($from: Date!, $to: Date!, $filter: ParticipationFilter) {\n    countryCoverage(from: $from, to: $to, filter: $filter) {\n      countriesCount\n      byYear { year countries cumulativeCountries }\n      countries {\n        country { iso3 name }\n        officers\n        missions\n        deployments\n        femaleRate\n        suppressed\n        firstDeploymentDate\n        lastDeploymentDate\n      }\n      provenance { ...ProvenanceFields }\n    }\n  }\n": typeof types.DashboardCoverageDocument,
    "\n  query DashboardTrainings($from: Date!, $to: Date!, $filter: TrainingFilter) {\n    trainingsDelivered(from: $from, to: $to, groupBy: [THEME, COUNTRY], filter: $filter) {\n      rows {\n        key { theme country { iso3 name } }\n        deliveries\n        participants\n        femaleParticipants\n        femaleShare\n      }\n      total { deliveries participants femaleParticipants femaleShare }\n      provenance { ...ProvenanceFields }\n    }\n  }\n": typeof types.DashboardTrainingsDocument,
    "\n  query DashboardUnShares($from: Date!, $to: Date!, $missions: [String!]) {\n    unContributionShare(from: $from, to: $to, groupBy: [YEAR, PERSONNEL_TYPE], filter: { personnelTypes: [INDIVIDUAL_POLICE, FORMED_POLICE_UNIT], missions: $missions }) {\n      rows {\n        key { year personnelType }\n        snapshots\n        female\n        total\n        rate\n      }\n      provenance { ...ProvenanceFields }\n    }\n    ipo: targetProgress(indicator: \"GPS_IPO_WOMEN\") { target { year value } }\n    fpu: targetProgress(indicator: \"GPS_FPU_WOMEN\") { target { year value } }\n  }\n": typeof types.DashboardUnSharesDocument,
    "\n  query DashboardReconciliation($from: Date!, $to: Date!) {\n    reconciliation(from: $from, to: $to) {\n      date\n      level\n      unCoverage\n      mission { code }\n      registerHeadcount\n      unReported\n      difference\n      provenance { ...ProvenanceFields }\n    }\n  }\n": typeof types.DashboardReconciliationDocument,
    "\n  query DashboardFilterChoices {\n    missions(first: 100, orderBy: [{ field: CODE, direction: ASC }]) {\n      edges { node { code name hostCountries { iso3 name } } }\n    }\n  }\n": typeof types.DashboardFilterChoicesDocument,
};
const documents: Documents = {
    "\n  fragment ProvenanceFields on Provenance {\n    data\n    sources\n    asOf\n  }\n": types.ProvenanceFieldsFragmentDoc,
    "\n  query DashboardParticipation($from: Date!, $to: Date!, $groupBy: [ParticipationDimension!], $filter: ParticipationFilter) {\n    femaleParticipation(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {\n      rows {\n        key {\n          year\n          mission { code name }\n          missionKind\n          organization { code name }\n          country { iso3 name }\n          region\n          subRegion\n          role { code name }\n          roleCategory\n          rank\n          senior\n          team { id name }\n          policeService { code name }\n          province\n          jurisdiction\n        }\n        officers\n        known\n        female\n        rate\n        interval { low high }\n        suppressed\n      }\n      provenance { ...ProvenanceFields }\n    }\n    targetProgress(indicator: \"NAP_WOMEN_DEPLOYED_POLICE\") {\n      target { year value }\n    }\n  }\n": types.DashboardParticipationDocument,
    "\n  query DashboardHeadcount($from: Date!, $to: Date!, $filter: ParticipationFilter) {\n    headcountSeries(from: $from, to: $to, interval: QUARTER, filter: $filter) {\n      date\n      officers\n      known\n      female\n      suppressed\n      provenance { ...ProvenanceFields }\n    }\n  }\n": types.DashboardHeadcountDocument,
    "\n  query DashboardCoverage($from: Date!, $to: Date!, $filter: ParticipationFilter) {\n    countryCoverage(from: $from, to: $to, filter: $filter) {\n      countriesCount\n      byYear { year countries cumulativeCountries }\n      countries {\n        country { iso3 name }\n        officers\n        missions\n        deployments\n        femaleRate\n        suppressed\n        firstDeploymentDate\n        lastDeploymentDate\n      }\n      provenance { ...ProvenanceFields }\n    }\n  }\n": types.DashboardCoverageDocument,
    "\n  query DashboardTrainings($from: Date!, $to: Date!, $filter: TrainingFilter) {\n    trainingsDelivered(from: $from, to: $to, groupBy: [THEME, COUNTRY], filter: $filter) {\n      rows {\n        key { theme country { iso3 name } }\n        deliveries\n        participants\n        femaleParticipants\n        femaleShare\n      }\n      total { deliveries participants femaleParticipants femaleShare }\n      provenance { ...ProvenanceFields }\n    }\n  }\n": types.DashboardTrainingsDocument,
    "\n  query DashboardUnShares($from: Date!, $to: Date!, $missions: [String!]) {\n    unContributionShare(from: $from, to: $to, groupBy: [YEAR, PERSONNEL_TYPE], filter: { personnelTypes: [INDIVIDUAL_POLICE, FORMED_POLICE_UNIT], missions: $missions }) {\n      rows {\n        key { year personnelType }\n        snapshots\n        female\n        total\n        rate\n      }\n      provenance { ...ProvenanceFields }\n    }\n    ipo: targetProgress(indicator: \"GPS_IPO_WOMEN\") { target { year value } }\n    fpu: targetProgress(indicator: \"GPS_FPU_WOMEN\") { target { year value } }\n  }\n": types.DashboardUnSharesDocument,
    "\n  query DashboardReconciliation($from: Date!, $to: Date!) {\n    reconciliation(from: $from, to: $to) {\n      date\n      level\n      unCoverage\n      mission { code }\n      registerHeadcount\n      unReported\n      difference\n      provenance { ...ProvenanceFields }\n    }\n  }\n": types.DashboardReconciliationDocument,
    "\n  query DashboardFilterChoices {\n    missions(first: 100, orderBy: [{ field: CODE, direction: ASC }]) {\n      edges { node { code name hostCountries { iso3 name } } }\n    }\n  }\n": types.DashboardFilterChoicesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProvenanceFields on Provenance {\n    data\n    sources\n    asOf\n  }\n"): typeof import('./graphql').ProvenanceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardParticipation($from: Date!, $to: Date!, $groupBy: [ParticipationDimension!], $filter: ParticipationFilter) {\n    femaleParticipation(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {\n      rows {\n        key {\n          year\n          mission { code name }\n          missionKind\n          organization { code name }\n          country { iso3 name }\n          region\n          subRegion\n          role { code name }\n          roleCategory\n          rank\n          senior\n          team { id name }\n          policeService { code name }\n          province\n          jurisdiction\n        }\n        officers\n        known\n        female\n        rate\n        interval { low high }\n        suppressed\n      }\n      provenance { ...ProvenanceFields }\n    }\n    targetProgress(indicator: \"NAP_WOMEN_DEPLOYED_POLICE\") {\n      target { year value }\n    }\n  }\n"): typeof import('./graphql').DashboardParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardHeadcount($from: Date!, $to: Date!, $filter: ParticipationFilter) {\n    headcountSeries(from: $from, to: $to, interval: QUARTER, filter: $filter) {\n      date\n      officers\n      known\n      female\n      suppressed\n      provenance { ...ProvenanceFields }\n    }\n  }\n"): typeof import('./graphql').DashboardHeadcountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCoverage($from: Date!, $to: Date!, $filter: ParticipationFilter) {\n    countryCoverage(from: $from, to: $to, filter: $filter) {\n      countriesCount\n      byYear { year countries cumulativeCountries }\n      countries {\n        country { iso3 name }\n        officers\n        missions\n        deployments\n        femaleRate\n        suppressed\n        firstDeploymentDate\n        lastDeploymentDate\n      }\n      provenance { ...ProvenanceFields }\n    }\n  }\n"): typeof import('./graphql').DashboardCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTrainings($from: Date!, $to: Date!, $filter: TrainingFilter) {\n    trainingsDelivered(from: $from, to: $to, groupBy: [THEME, COUNTRY], filter: $filter) {\n      rows {\n        key { theme country { iso3 name } }\n        deliveries\n        participants\n        femaleParticipants\n        femaleShare\n      }\n      total { deliveries participants femaleParticipants femaleShare }\n      provenance { ...ProvenanceFields }\n    }\n  }\n"): typeof import('./graphql').DashboardTrainingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardUnShares($from: Date!, $to: Date!, $missions: [String!]) {\n    unContributionShare(from: $from, to: $to, groupBy: [YEAR, PERSONNEL_TYPE], filter: { personnelTypes: [INDIVIDUAL_POLICE, FORMED_POLICE_UNIT], missions: $missions }) {\n      rows {\n        key { year personnelType }\n        snapshots\n        female\n        total\n        rate\n      }\n      provenance { ...ProvenanceFields }\n    }\n    ipo: targetProgress(indicator: \"GPS_IPO_WOMEN\") { target { year value } }\n    fpu: targetProgress(indicator: \"GPS_FPU_WOMEN\") { target { year value } }\n  }\n"): typeof import('./graphql').DashboardUnSharesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardReconciliation($from: Date!, $to: Date!) {\n    reconciliation(from: $from, to: $to) {\n      date\n      level\n      unCoverage\n      mission { code }\n      registerHeadcount\n      unReported\n      difference\n      provenance { ...ProvenanceFields }\n    }\n  }\n"): typeof import('./graphql').DashboardReconciliationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFilterChoices {\n    missions(first: 100, orderBy: [{ field: CODE, direction: ASC }]) {\n      edges { node { code name hostCountries { iso3 name } } }\n    }\n  }\n"): typeof import('./graphql').DashboardFilterChoicesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
