// The mixed workload that bench:load and bench:scale drive, and the autocannon run that counts the
// GraphQL errors in the answers' bodies as well as HTTP's.
import autocannon from "autocannon";

export const REFERENCE = [
  `{ missions(first: 50) { totalCount edges { node { code name startDate endDate } } } }`,
  `{ countries(first: 100) { totalCount edges { node { iso3 name region } } } }`,
  `{ organizations { edges { node { code name kind } } } policeServices(first: 50) { edges { node { code name jurisdiction } } } }`,
  `{ wpsIndicators { edges { node { code name } } } trainingTopics { edges { node { code theme } } } }`,
];
// The showcase query without officer records: what an anonymous caller may run.
export const NESTED_PUBLIC = `{ missions(first: 50) { edges { node { code hostCountries { name } leadOrganization { code }
  specializedTeams { name focus } } } } }`;
export const ANALYTICS = [
  `{ femaleParticipation(from: "2017-01-01", to: "2022-12-31", groupBy: [YEAR]) { total { officers rate } rows { key { year } officers rate suppressed } } }`,
  `{ unContributionShare(from: "2022-01-01", to: "2022-12-31", groupBy: [PERSONNEL_TYPE]) { rows { key { personnelType } rate meanTotal } } }`,
  `{ headcountSeries(from: "2010-01-01", to: "2024-12-31", interval: YEAR) { date officers } }`,
  `{ trainingsDelivered(groupBy: [THEME]) { rows { key { theme } deliveries participants } } }`,
];

export interface WorkloadRun {
  result: autocannon.Result;
  /** GraphQL error codes in the answers' bodies, counted (UNPARSABLE_BODY for a body that is not JSON). */
  graphqlErrors: Map<string, number>;
}

/** `queries` in turn at `connections` for `seconds`, each a JSON POST, with an API key when given. */
export function runWorkload(url: string, queries: string[], seconds: number, connections: number, key?: string): Promise<WorkloadRun> {
  const graphqlErrors = new Map<string, number>();
  const headers = { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) };
  const requests = queries.map((query) => ({
    method: "POST" as const,
    headers,
    body: JSON.stringify({ query }),
    onResponse: (_status: number, body: string) => {
      try {
        for (const e of JSON.parse(body).errors ?? []) {
          const code = String(e.extensions?.code ?? "UNKNOWN");
          graphqlErrors.set(code, (graphqlErrors.get(code) ?? 0) + 1);
        }
      } catch {
        graphqlErrors.set("UNPARSABLE_BODY", (graphqlErrors.get("UNPARSABLE_BODY") ?? 0) + 1);
      }
    },
  }));
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, requests, timeout: 30 }, (err, result) => (err ? reject(err) : resolve({ result, graphqlErrors })));
    // Autocannon stops itself; this only guards against a hang.
    const watchdog = setTimeout(() => instance.stop(), (seconds + 30) * 1000);
    instance.on("done", () => clearTimeout(watchdog));
  });
}
