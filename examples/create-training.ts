// A typed create from the committed schema (`npm run codegen`, as for mission-deployments.ts): the
// generated variables type has every field CreateTrainingDeliveryInput requires, so TypeScript
// refuses a create that leaves one out before anything is sent. What only the server can check
// (codes that exist, counts, the rules between fields) comes back as one error listing every
// problem by field in `extensions.fields`.
//
//   npm start                                    # in one terminal
//   export PEACEOPS_API_KEY=$(npx peaceops keys create --role EDITOR --name example | tail -n 1)
//   node -r @swc-node/register examples/create-training.ts "Community policing basics" HTI 30 12
import { print } from "graphql";
import { graphql } from "../generated";
import type { CreateTrainingMutation, CreateTrainingMutationVariables } from "../generated/graphql";

export const CreateTraining = graphql(`
  mutation CreateTraining($input: CreateTrainingDeliveryInput!) {
    createTrainingDelivery(input: $input) {
      id
      title
      startDate
      participants
      femaleParticipants
      country { iso3 }
    }
  }
`);

export type TrainingInput = CreateTrainingMutationVariables["input"];

/** One thing the server found wrong with the input, as `extensions.fields` lists them. */
export interface FieldProblem {
  field: string;
  message: string;
}

interface Answer {
  data?: CreateTrainingMutation;
  errors?: { message: string; extensions?: { code?: string; fields?: FieldProblem[] } }[];
}

/** Creates the training and says what was stored, or returns each problem with its field. */
export async function createTraining(url: string, input: TrainingInput, token?: string): Promise<{ created: string } | { problems: FieldProblem[] }> {
  const variables: CreateTrainingMutationVariables = { input };
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(CreateTraining), variables }),
  });
  const body = (await res.json()) as Answer;
  const [error] = body.errors ?? [];
  if (error) {
    // A refused input lists its problems; any other error (no key, a bad request) is one message.
    if (error.extensions?.fields) return { problems: error.extensions.fields };
    throw new Error(error.message);
  }
  const t = body.data?.createTrainingDelivery;
  if (!t) throw new Error("The server created nothing and said nothing");
  return { created: `${t.title} (${t.country.iso3}, ${t.startDate}): ${t.femaleParticipants} of ${t.participants} participants are women` };
}

if (require.main === module) {
  const [title = "Community policing basics", country = "HTI", participants = "30", women = "12"] = process.argv.slice(2);
  const input: TrainingInput = {
    title,
    topicCode: "COMMUNITY_POLICING",
    countryIso3: country,
    startDate: new Date().toISOString().slice(0, 10),
    participants: Number(participants),
    femaleParticipants: Number(women),
  };
  createTraining(process.env.PEACEOPS_URL ?? "http://localhost:4000/graphql", input, process.env.PEACEOPS_API_KEY).then(
    (outcome) => {
      if ("created" in outcome) return console.log(outcome.created);
      for (const p of outcome.problems) console.error(`${p.field}: ${p.message}`);
      process.exit(1);
    },
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
