/** The core issue's showcase query: every level batched, nested pages in one windowed statement. */
export const NESTED = (missions: number, deployments: number) => `{
  missions(first: ${missions}) { edges { node { hostCountries { name } leadOrganization { code }
    deployments(first: ${deployments}) { totalCount edges { node { role { name } officer { gender
      policeService { name } } } } } } } } }`;
