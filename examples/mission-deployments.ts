// A typed client from the committed schema: `npm run codegen` regenerates ../generated from
// schema.graphql, and TypeScript then checks this query and its result against the server's types.
//
//   npm start                                    # in one terminal
//   export PEACEOPS_API_KEY=$(npx peaceops keys create --role ANALYST --name example | tail -n 1)
//   node -r @swc-node/register examples/mission-deployments.ts MINUSTAH
// Deployments are officer records, so the query needs an ANALYST key.
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "../generated";

export const MissionDeployments = graphql(`
  query MissionDeployments($code: String!, $first: Int) {
    mission(code: $code) {
      code
      name
      startDate
      endDate
      leadOrganization { code }
      hostCountries { iso3 name }
      deployments(first: $first) {
        totalCount
        edges { node { startDate endDate senior source role { name } officer { gender policeService { name } } } }
      }
    }
  }
`);

/** POSTs a typed operation; the result type comes from the generated document. */
export async function request<R, V>(url: string, document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as R;
}

export async function summarize(url: string, code: string, token?: string): Promise<string> {
  const { mission } = await request(url, MissionDeployments, { code, first: 100 }, token);
  if (!mission) return `No mission with code ${code}`;
  // Guarded fields are nullable: a caller without the role gets the mission with null deployments
  // (and an error, which request() throws).
  const { deployments } = mission;
  if (!deployments) return `${mission.code} (${mission.name}): deployments not readable with this key`;
  const women = deployments.edges.filter((e) => e.node.officer?.gender === "FEMALE").length;
  const hosts = mission.hostCountries.map((c) => c.name).join(", ");
  return (
    `${mission.code} (${mission.name}), led by ${mission.leadOrganization.code}, in ${hosts}: ` +
    `${deployments.totalCount} deployments; ${women} of the first ${deployments.edges.length} by women`
  );
}

if (require.main === module) {
  const url = process.env.PEACEOPS_URL ?? "http://localhost:4000/graphql";
  summarize(url, process.argv[2] ?? "MINUSTAH", process.env.PEACEOPS_API_KEY).then(
    (line) => console.log(line),
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
