import type { GenerationEqualityContent, SectionId } from "../core/reports/generation-equality";

/**
 * For the colophon: the GraphQL query that reproduces each section's figures at /graphql, with the
 * report's period and minimum cell size written in.
 */
const PROVENANCE = "provenance { data sources asOf }";

export function reproducingQueries(content: GenerationEqualityContent): Record<SectionId, string> {
  const { from, to } = content.period;
  const period = `from: "${from}", to: "${to}"`;
  const cells = `, minCellSize: ${content.minCellSize}`;
  const rates = (senior: boolean) => `{
  femaleParticipation(${period}, groupBy: [YEAR]${senior ? ", seniorOnly: true" : ""}${cells}) {
    rows { key { year } officers known female rate interval { low high } suppressed }
    ${PROVENANCE}
  }
  targetProgress(indicator: "${senior ? "NAP_WOMEN_SENIOR_POLICE" : "NAP_WOMEN_DEPLOYED_POLICE"}") { target { year value } actual met }
}`;
  return {
    "women-share": rates(false),
    headcount: `{
  headcountSeries(${period}, interval: QUARTER${cells}) { date officers known female suppressed ${PROVENANCE} }
}`,
    senior: rates(true),
    countries: `{
  countryCoverage(${period}${cells}) { countriesCount byYear { year countries cumulativeCountries } ${PROVENANCE} }
}`,
    trainings: `{
  byThemeAndCountry: trainingsDelivered(${period}, groupBy: [THEME, COUNTRY]) {
    rows { key { theme country { iso3 } } deliveries participants femaleParticipants femaleShare } ${PROVENANCE}
  }
  ukraineDomesticViolence: trainingsDelivered(${period}, groupBy: [YEAR], filter: { countries: ["UKR"], themes: ["DOMESTIC_VIOLENCE"] }) {
    rows { key { year } deliveries participants femaleParticipants femaleShare } ${PROVENANCE}
  }
}`,
    un: `{
  ipo: targetProgress(indicator: "GPS_IPO_WOMEN") { target { year value } latestYear latestValue trendPerYear neededPerYear projectedValue onTrack ${PROVENANCE} }
  fpu: targetProgress(indicator: "GPS_FPU_WOMEN") { target { year value } latestYear latestValue trendPerYear neededPerYear projectedValue onTrack ${PROVENANCE} }
  unContributionShare(${period}, groupBy: [YEAR, PERSONNEL_TYPE], filter: { personnelTypes: [INDIVIDUAL_POLICE, FORMED_POLICE_UNIT] }) {
    rows { key { year personnelType } snapshots female total rate } ${PROVENANCE}
  }
}`,
    reconciliation: `{
  reconciliation(${period}) { date level unCoverage mission { code } registerHeadcount unReported difference ${PROVENANCE} }
}`,
    milestones: `{
  wpsMilestones(first: 100) { edges { node { date title description category country { iso3 } mission { code } source } } }
}`,
  };
}
