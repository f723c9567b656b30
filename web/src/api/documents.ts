import { graphql } from "../gql";

/**
 * Every request the dashboard makes, as typed documents: graphql-codegen turns each into a typed
 * string from schema.graphql (`npm run codegen`), so a schema change that breaks the page fails
 * `npm run typecheck`. No query text is written anywhere else in the page.
 */

export const ProvenanceFields = graphql(`
  fragment ProvenanceFields on Provenance {
    data
    sources
    asOf
  }
`);

export const ParticipationQuery = graphql(`
  query DashboardParticipation($from: Date!, $to: Date!, $groupBy: [ParticipationDimension!], $filter: ParticipationFilter) {
    femaleParticipation(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {
      rows {
        key {
          year
          mission { code name }
          missionKind
          organization { code name }
          country { iso3 name }
          region
          subRegion
          role { code name }
          roleCategory
          rank
          senior
          team { id name }
          policeService { code name }
          province
          jurisdiction
        }
        officers
        known
        female
        rate
        interval { low high }
        suppressed
      }
      provenance { ...ProvenanceFields }
    }
    targetProgress(indicator: "NAP_WOMEN_DEPLOYED_POLICE") {
      target { year value }
    }
  }
`);

export const HeadcountQuery = graphql(`
  query DashboardHeadcount($from: Date!, $to: Date!, $filter: ParticipationFilter) {
    headcountSeries(from: $from, to: $to, interval: QUARTER, filter: $filter) {
      date
      officers
      known
      female
      suppressed
      provenance { ...ProvenanceFields }
    }
  }
`);

export const CoverageQuery = graphql(`
  query DashboardCoverage($from: Date!, $to: Date!, $filter: ParticipationFilter) {
    countryCoverage(from: $from, to: $to, filter: $filter) {
      countriesCount
      byYear { year countries cumulativeCountries }
      countries {
        country { iso3 name }
        officers
        missions
        deployments
        femaleRate
        suppressed
        firstDeploymentDate
        lastDeploymentDate
      }
      provenance { ...ProvenanceFields }
    }
  }
`);

export const TrainingsQuery = graphql(`
  query DashboardTrainings($from: Date!, $to: Date!, $filter: TrainingFilter) {
    trainingsDelivered(from: $from, to: $to, groupBy: [THEME, COUNTRY], filter: $filter) {
      rows {
        key { theme country { iso3 name } }
        deliveries
        participants
        femaleParticipants
        femaleShare
      }
      total { deliveries participants femaleParticipants femaleShare }
      provenance { ...ProvenanceFields }
    }
  }
`);

export const UnSharesQuery = graphql(`
  query DashboardUnShares($from: Date!, $to: Date!, $missions: [String!]) {
    unContributionShare(from: $from, to: $to, groupBy: [YEAR, PERSONNEL_TYPE], filter: { personnelTypes: [INDIVIDUAL_POLICE, FORMED_POLICE_UNIT], missions: $missions }) {
      rows {
        key { year personnelType }
        snapshots
        female
        total
        rate
      }
      provenance { ...ProvenanceFields }
    }
    ipo: targetProgress(indicator: "GPS_IPO_WOMEN") { target { year value } }
    fpu: targetProgress(indicator: "GPS_FPU_WOMEN") { target { year value } }
  }
`);

export const ReconciliationQuery = graphql(`
  query DashboardReconciliation($from: Date!, $to: Date!) {
    reconciliation(from: $from, to: $to) {
      date
      level
      unCoverage
      mission { code }
      registerHeadcount
      unReported
      difference
      provenance { ...ProvenanceFields }
    }
  }
`);

export const FilterChoicesQuery = graphql(`
  query DashboardFilterChoices {
    missions(first: 100, orderBy: [{ field: CODE, direction: ASC }]) {
      edges { node { code name hostCountries { iso3 name } } }
    }
  }
`);
