/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether a figure was computed from real records, synthetic ones (the demo register) or both (docs/definitions.md 14). */
export type DataKind =
  /** Real and synthetic rows together: not publishable as a real finding. */
  | 'MIXED'
  /** Every row read is real: the UN's statistics, or register rows imported from a file. */
  | 'REAL'
  /** Every row read is synthetic (its source starts with `synthetic`): the figure describes no real person or deployment. */
  | 'SYNTHETIC';

/** Gender as recorded in the register. */
export type Gender =
  | 'ANOTHER_GENDER'
  | 'FEMALE'
  | 'MALE'
  | 'UNDISCLOSED';

export type Jurisdiction =
  | 'FEDERAL'
  | 'FIRST_NATIONS'
  | 'MUNICIPAL'
  | 'PROVINCIAL';

export type MissionKind =
  | 'OTHER'
  | 'PEACEKEEPING'
  | 'POLICE_DEVELOPMENT'
  | 'SPECIAL_POLITICAL'
  | 'TRIBUNAL_SUPPORT';

/** How register analytics are grouped. */
export type ParticipationDimension =
  | 'COUNTRY'
  /** Jurisdiction of the officer's police service. */
  | 'JURISDICTION'
  | 'MISSION'
  /** Kind of the mission (peacekeeping, special political, police development, tribunal support, other). */
  | 'MISSION_KIND'
  /** Calendar month: a deployment counts in every month it overlaps, its days clipped to it; a headcount point in its date's. */
  | 'MONTH'
  | 'ORGANIZATION'
  | 'POLICE_SERVICE'
  /** Province or territory of the officer's police service (none for a federal service: a null group). */
  | 'PROVINCE'
  /** Calendar quarter: a deployment counts in every quarter it overlaps, its days clipped to it; a headcount point in its date's. */
  | 'QUARTER'
  /** The officer's rank as recorded (none recorded: a null group). */
  | 'RANK'
  /** UN M49 region of the host country: a mission with several hosts counts in each of their regions, its days once per region. */
  | 'REGION'
  | 'ROLE'
  | 'ROLE_CATEGORY'
  | 'SENIOR'
  /** UN M49 sub-region of the host country, counted as REGION is. */
  | 'SUB_REGION'
  | 'TEAM'
  | 'YEAR';

/** Every list is OR within the field, AND across fields (one host country must pass countries, regions and subRegions together). Unknown codes are a BAD_USER_INPUT error. */
export type ParticipationFilter = {
  /** Host-country ISO3 codes. */
  countries?: Array<string> | null | undefined;
  genders?: Array<Gender> | null | undefined;
  /** Jurisdictions of the officers' police services. */
  jurisdictions?: Array<Jurisdiction> | null | undefined;
  /** Kinds of mission. */
  missionKinds?: Array<MissionKind> | null | undefined;
  /** Mission codes. */
  missions?: Array<string> | null | undefined;
  /** Lead organization codes. */
  organizations?: Array<string> | null | undefined;
  /** Police service codes. */
  policeServices?: Array<string> | null | undefined;
  /** Two-letter provinces or territories of the officers' police services. */
  provinces?: Array<string> | null | undefined;
  /** Officers' ranks, as recorded. */
  ranks?: Array<string> | null | undefined;
  /** UN M49 regions of the host country (Africa, Americas, Asia, Europe, Oceania). */
  regions?: Array<string> | null | undefined;
  roleCategories?: Array<RoleCategory> | null | undefined;
  /** Role codes. */
  roles?: Array<string> | null | undefined;
  /** UN M49 sub-regions of the host country, as the countries' reference data names them. */
  subRegions?: Array<string> | null | undefined;
  /** Specialized team names. */
  teams?: Array<string> | null | undefined;
};

/** UN categories of uniformed personnel, as in the UN's monthly contribution reports. */
export type PersonnelType =
  | 'EXPERT_ON_MISSION'
  | 'FORMED_POLICE_UNIT'
  | 'INDIVIDUAL_POLICE'
  | 'STAFF_OFFICER'
  | 'TROOPS';

/** What a reconciliation row compares. */
export type ReconciliationLevel =
  /** Canada's total over the UN's missions, in a month the UN gave by country only (no mission). */
  | 'COUNTRY_TOTAL'
  /** One UN-led mission. */
  | 'MISSION';

export type RoleCategory =
  | 'ELECTORAL_SUPPORT'
  | 'HUMANITARIAN_RESPONSE'
  | 'HUMAN_RIGHTS_INVESTIGATION'
  | 'LEADERSHIP'
  | 'MENTORING'
  | 'MONITORING'
  | 'OTHER'
  | 'TRAINING';

/** Every list is OR within the field, AND across fields. Unknown codes are a BAD_USER_INPUT error. */
export type TrainingFilter = {
  /** Host-country ISO3 codes. */
  countries?: Array<string> | null | undefined;
  /** Only female-only courses (true) or only the others (false). */
  femaleOnly?: boolean | null | undefined;
  /** Mission codes. */
  missions?: Array<string> | null | undefined;
  /** Themes, e.g. DOMESTIC_VIOLENCE. */
  themes?: Array<string> | null | undefined;
  /** Topic codes. */
  topics?: Array<string> | null | undefined;
};

/** What the UN's data holds for a reconciliation row's mission and month (docs/definitions.md 13). */
export type UnCoverage =
  /** The UN gave that month's police by country only (2018-03 .. 2019-08): no figure for the mission; see the month's COUNTRY_TOTAL row. */
  | 'COUNTRY_TOTAL_ONLY'
  /** The UN's data never lists police in this mission, in any month or from any country (special political missions, tribunals, military-only missions). */
  | 'NOT_REPORTED'
  /** The UN's data has no report for that month. */
  | 'NO_DATA'
  /** The UN's figures of that month list police by mission (0 when no Canadian); on a country-total row, Canada's total. */
  | 'REPORTED';

export type ProvenanceFieldsFragment = { data: DataKind, sources: Array<string>, asOf: string | null };

export type DashboardParticipationQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy?: Array<ParticipationDimension> | ParticipationDimension | null | undefined;
  filter?: ParticipationFilter | null | undefined;
}>;


export type DashboardParticipationQuery = { femaleParticipation: { rows: Array<{ officers: number | null, known: number | null, female: number | null, rate: number | null, suppressed: boolean, key: { year: number | null, missionKind: MissionKind | null, region: string | null, subRegion: string | null, roleCategory: RoleCategory | null, rank: string | null, senior: boolean | null, province: string | null, jurisdiction: Jurisdiction | null, mission: { code: string, name: string } | null, organization: { code: string, name: string } | null, country: { iso3: string, name: string } | null, role: { code: string, name: string } | null, team: { id: string, name: string } | null, policeService: { code: string, name: string } | null }, interval: { low: number, high: number } | null }>, provenance: { data: DataKind, sources: Array<string>, asOf: string | null } }, targetProgress: Array<{ target: { year: number, value: number } }> };

export type DashboardHeadcountQueryVariables = Exact<{
  from: string;
  to: string;
  filter?: ParticipationFilter | null | undefined;
}>;


export type DashboardHeadcountQuery = { headcountSeries: Array<{ date: string, officers: number | null, known: number | null, female: number | null, suppressed: boolean, provenance: { data: DataKind, sources: Array<string>, asOf: string | null } }> };

export type DashboardCoverageQueryVariables = Exact<{
  from: string;
  to: string;
  filter?: ParticipationFilter | null | undefined;
}>;


export type DashboardCoverageQuery = { countryCoverage: { countriesCount: number, byYear: Array<{ year: number, countries: number, cumulativeCountries: number }>, countries: Array<{ officers: number, missions: number, deployments: number, femaleRate: number | null, suppressed: boolean, firstDeploymentDate: string, lastDeploymentDate: string | null, country: { iso3: string, name: string } }>, provenance: { data: DataKind, sources: Array<string>, asOf: string | null } } };

export type DashboardTrainingsQueryVariables = Exact<{
  from: string;
  to: string;
  filter?: TrainingFilter | null | undefined;
}>;


export type DashboardTrainingsQuery = { trainingsDelivered: { rows: Array<{ deliveries: number, participants: number, femaleParticipants: number, femaleShare: number | null, key: { theme: string | null, country: { iso3: string, name: string } | null } }>, total: { deliveries: number, participants: number, femaleParticipants: number, femaleShare: number | null }, provenance: { data: DataKind, sources: Array<string>, asOf: string | null } } };

export type DashboardUnSharesQueryVariables = Exact<{
  from: string;
  to: string;
  missions?: Array<string> | string | null | undefined;
}>;


export type DashboardUnSharesQuery = { unContributionShare: { rows: Array<{ snapshots: number, female: number, total: number, rate: number | null, key: { year: number | null, personnelType: PersonnelType | null } }>, provenance: { data: DataKind, sources: Array<string>, asOf: string | null } }, ipo: Array<{ target: { year: number, value: number } }>, fpu: Array<{ target: { year: number, value: number } }> };

export type DashboardReconciliationQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardReconciliationQuery = { reconciliation: Array<{ date: string, level: ReconciliationLevel, unCoverage: UnCoverage, registerHeadcount: number, unReported: number | null, difference: number | null, mission: { code: string } | null, provenance: { data: DataKind, sources: Array<string>, asOf: string | null } }> };

export type DashboardFilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardFilterChoicesQuery = { missions: { edges: Array<{ node: { code: string, name: string, hostCountries: Array<{ iso3: string, name: string }> } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProvenanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProvenanceFields on Provenance {
  data
  sources
  asOf
}
    `, {"fragmentName":"ProvenanceFields"}) as unknown as TypedDocumentString<ProvenanceFieldsFragment, unknown>;
export const DashboardParticipationDocument = new TypedDocumentString(`
    query DashboardParticipation($from: Date!, $to: Date!, $groupBy: [ParticipationDimension!], $filter: ParticipationFilter) {
  femaleParticipation(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {
    rows {
      key {
        year
        mission {
          code
          name
        }
        missionKind
        organization {
          code
          name
        }
        country {
          iso3
          name
        }
        region
        subRegion
        role {
          code
          name
        }
        roleCategory
        rank
        senior
        team {
          id
          name
        }
        policeService {
          code
          name
        }
        province
        jurisdiction
      }
      officers
      known
      female
      rate
      interval {
        low
        high
      }
      suppressed
    }
    provenance {
      ...ProvenanceFields
    }
  }
  targetProgress(indicator: "NAP_WOMEN_DEPLOYED_POLICE") {
    target {
      year
      value
    }
  }
}
    fragment ProvenanceFields on Provenance {
  data
  sources
  asOf
}`) as unknown as TypedDocumentString<DashboardParticipationQuery, DashboardParticipationQueryVariables>;
export const DashboardHeadcountDocument = new TypedDocumentString(`
    query DashboardHeadcount($from: Date!, $to: Date!, $filter: ParticipationFilter) {
  headcountSeries(from: $from, to: $to, interval: QUARTER, filter: $filter) {
    date
    officers
    known
    female
    suppressed
    provenance {
      ...ProvenanceFields
    }
  }
}
    fragment ProvenanceFields on Provenance {
  data
  sources
  asOf
}`) as unknown as TypedDocumentString<DashboardHeadcountQuery, DashboardHeadcountQueryVariables>;
export const DashboardCoverageDocument = new TypedDocumentString(`
    query DashboardCoverage($from: Date!, $to: Date!, $filter: ParticipationFilter) {
  countryCoverage(from: $from, to: $to, filter: $filter) {
    countriesCount
    byYear {
      year
      countries
      cumulativeCountries
    }
    countries {
      country {
        iso3
        name
      }
      officers
      missions
      deployments
      femaleRate
      suppressed
      firstDeploymentDate
      lastDeploymentDate
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
    fragment ProvenanceFields on Provenance {
  data
  sources
  asOf
}`) as unknown as TypedDocumentString<DashboardCoverageQuery, DashboardCoverageQueryVariables>;
export const DashboardTrainingsDocument = new TypedDocumentString(`
    query DashboardTrainings($from: Date!, $to: Date!, $filter: TrainingFilter) {
  trainingsDelivered(
    from: $from
    to: $to
    groupBy: [THEME, COUNTRY]
    filter: $filter
  ) {
    rows {
      key {
        theme
        country {
          iso3
          name
        }
      }
      deliveries
      participants
      femaleParticipants
      femaleShare
    }
    total {
      deliveries
      participants
      femaleParticipants
      femaleShare
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
    fragment ProvenanceFields on Provenance {
  data
  sources
  asOf
}`) as unknown as TypedDocumentString<DashboardTrainingsQuery, DashboardTrainingsQueryVariables>;
export const DashboardUnSharesDocument = new TypedDocumentString(`
    query DashboardUnShares($from: Date!, $to: Date!, $missions: [String!]) {
  unContributionShare(
    from: $from
    to: $to
    groupBy: [YEAR, PERSONNEL_TYPE]
    filter: {personnelTypes: [INDIVIDUAL_POLICE, FORMED_POLICE_UNIT], missions: $missions}
  ) {
    rows {
      key {
        year
        personnelType
      }
      snapshots
      female
      total
      rate
    }
    provenance {
      ...ProvenanceFields
    }
  }
  ipo: targetProgress(indicator: "GPS_IPO_WOMEN") {
    target {
      year
      value
    }
  }
  fpu: targetProgress(indicator: "GPS_FPU_WOMEN") {
    target {
      year
      value
    }
  }
}
    fragment ProvenanceFields on Provenance {
  data
  sources
  asOf
}`) as unknown as TypedDocumentString<DashboardUnSharesQuery, DashboardUnSharesQueryVariables>;
export const DashboardReconciliationDocument = new TypedDocumentString(`
    query DashboardReconciliation($from: Date!, $to: Date!) {
  reconciliation(from: $from, to: $to) {
    date
    level
    unCoverage
    mission {
      code
    }
    registerHeadcount
    unReported
    difference
    provenance {
      ...ProvenanceFields
    }
  }
}
    fragment ProvenanceFields on Provenance {
  data
  sources
  asOf
}`) as unknown as TypedDocumentString<DashboardReconciliationQuery, DashboardReconciliationQueryVariables>;
export const DashboardFilterChoicesDocument = new TypedDocumentString(`
    query DashboardFilterChoices {
  missions(first: 100, orderBy: [{field: CODE, direction: ASC}]) {
    edges {
      node {
        code
        name
        hostCountries {
          iso3
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardFilterChoicesQuery, DashboardFilterChoicesQueryVariables>;