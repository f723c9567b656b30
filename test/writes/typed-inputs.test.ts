import { beforeAll, describe, expect, it } from "vitest";
import { FIELD_RULES } from "../../src/core/input/field-rules";
import { toGlobalId } from "../../src/graphql/schema/common/global-id";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { registerSnapshot } from "../support/register";

type Problem = { field: string; message: string };

/** The one error a refused mutation answers with: every problem in `extensions.fields`, the first in `field`. */
function refusal(problems: Problem[]) {
  const message = problems.length === 1 ? problems[0]!.message : `${problems.length} problems: ${problems.map((p) => p.message).join("; ")}`;
  return { message, extensions: { code: "BAD_USER_INPUT", field: problems[0]!.field, fields: problems } };
}

// The fixture's training 1: 25 participants, 9 women, 2017-03-01..2017-03-05, not women only;
// training 2: 30 participants, all women, women only. Request 2 is PENDING; mission 1 (MINUSTAH)
// started 2004-06-01.
const TRAINING_1 = toGlobalId("TrainingDelivery", 1);
const TRAINING_2 = toGlobalId("TrainingDelivery", 2);

const createTraining = `mutation($i: CreateTrainingDeliveryInput!) { createTrainingDelivery(input: $i) { id } }`;
const training = { title: "Typed inputs course", topicCode: "COMMUNITY_POLICING", countryIso3: "HTI", startDate: "2021-01-01", participants: 30, femaleParticipants: 12 };

describe.each(databaseTargets())("typed mutation inputs on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "EDITOR", traceSql: false });
  const db = () => fx.database.db;
  let before: string;

  beforeAll(async () => {
    before = await registerSnapshot(db());
  });

  /** Sends the mutation, expects exactly `problems` in one error, and that nothing was written (no row, no audit entry). */
  async function refused(mutation: string, variables: Record<string, unknown>, problems: Problem[]) {
    const res = await fx.app.gql(mutation, variables);
    expect(Object.values(res.data ?? {}), mutation).toEqual([null]);
    expect(res.errors?.map(({ message, extensions }) => ({ message, extensions })), JSON.stringify(variables)).toEqual([refusal(problems)]);
    expect(await registerSnapshot(db())).toBe(before);
  }

  it("a create without the fields its input requires does not validate: one error naming each", async () => {
    const res = await fx.app.gql(`mutation { createTrainingDelivery(input: { title: "T" }) { id } }`);
    expect(res.errors?.map((e) => [e.message, e.extensions?.code])).toEqual(
      [["topicCode", "String!"], ["countryIso3", "String!"], ["startDate", "Date!"], ["participants", "Int!"], ["femaleParticipants", "Int!"]].map(([field, type]) => [
        `Field "CreateTrainingDeliveryInput.${field}" of required type "${type}" was not provided.`,
        "GRAPHQL_VALIDATION_FAILED",
      ]),
    );
    // The same in variables: refused while they are read, before the resolver.
    const vars = await fx.app.gql(createTraining, { i: { title: "T" } });
    expect(vars.errors?.map((e) => e.message)).toEqual(
      [["topicCode", "String!"], ["countryIso3", "String!"], ["startDate", "Date!"], ["participants", "Int!"], ["femaleParticipants", "Int!"]].map(
        ([field, type]) => `Variable "$i" got invalid value { title: "T" }; Field "${field}" of required type "${type}" was not provided.`,
      ),
    );
    expect(await registerSnapshot(db())).toBe(before);
  });

  it("reports every invalid field of a create at once, in the input's order", async () => {
    const title = "   ";
    await refused(
      createTraining,
      { i: { ...training, title, topicCode: "NOPE", countryIso3: "ZZZ", endDate: "2020-01-01", femaleParticipants: 40, instructorsCertified: -1 } },
      [
        // The text rule's own words are test/input's; here, that it is reported with the rest.
        { field: "title", message: `title: ${FIELD_RULES.title.check(title).problem}` },
        { field: "topicCode", message: 'topicCode: no training topic has the code "NOPE"' },
        { field: "countryIso3", message: 'countryIso3: no country has the ISO3 code "ZZZ"' },
        { field: "endDate", message: "endDate (2020-01-01) is before startDate (2021-01-01)" },
        { field: "femaleParticipants", message: "femaleParticipants (40) must not exceed participants (30)" },
        { field: "instructorsCertified", message: "instructorsCertified: instructorsCertified must not be less than 0" },
      ],
    );
    // Two rules broken by the same counts are both reported; a count already refused is not
    // tested against the others (its value is not the one meant).
    await refused(createTraining, { i: { ...training, femaleParticipants: 40, femaleOnly: true } }, [
      { field: "femaleParticipants", message: "femaleParticipants (40) must not exceed participants (30)" },
      { field: "femaleOnly", message: "femaleOnly is true but femaleParticipants (40) differs from participants (30)" },
    ]);
    await refused(createTraining, { i: { ...training, participants: -1 } }, [{ field: "participants", message: "participants: participants must not be less than 0" }]);
  });

  it("phrases the register's rules with the values given, on create", async () => {
    await refused(createTraining, { i: { ...training, femaleOnly: true } }, [
      { field: "femaleOnly", message: "femaleOnly is true but femaleParticipants (12) differs from participants (30)" },
    ]);
    const createMission = `mutation($i: CreateMissionInput!) { createMission(input: $i) { id } }`;
    const mission = { code: "TYPED", name: "Typed", leadOrganizationCode: "UN", hostCountries: ["HTI"], kind: "OTHER", startDate: "2021-01-01" };
    await refused(createMission, { i: { ...mission, canadianPoliceFrom: 2012, canadianPoliceTo: 2010 } }, [
      { field: "canadianPoliceTo", message: "canadianPoliceTo (2010) is before canadianPoliceFrom (2012)" },
    ]);
    await refused(createMission, { i: { ...mission, code: "MINUSTAH" } }, [{ field: "code", message: 'code: another mission already has the code "MINUSTAH"' }]);
    const createRequest = `mutation($i: CreateDeploymentRequestInput!) { createDeploymentRequest(input: $i) { id } }`;
    const request = { missionCode: "UNMIK", requestedByCountryIso3: "XKX", receivedOn: "2020-01-01", positionsRequested: 3 };
    await refused(createRequest, { i: { ...request, decision: "PENDING", decidedOn: "2020-02-01" } }, [
      { field: "decidedOn", message: "decidedOn (2020-02-01) must be empty while decision is PENDING" },
    ]);
    await refused(createRequest, { i: { ...request, decision: "APPROVED" } }, [{ field: "decision", message: "decidedOn is required when decision (APPROVED) is not PENDING" }]);
    await refused(createRequest, { i: { ...request, decision: "APPROVED", decidedOn: "2019-12-01" } }, [
      { field: "decidedOn", message: "decidedOn (2019-12-01) is before receivedOn (2020-01-01)" },
    ]);
    await refused(createRequest, { i: { ...request, requestedByOrganizationCode: "UN", decision: "PENDING" } }, [
      { field: "requestedByOrganizationCode", message: "requestedByOrganizationCode and requestedByCountryIso3 are both set; a request has exactly one requester" },
    ]);
  });

  it("on update, tests the stored row with the input's changes and blames the field changed", async () => {
    const update = (type: string) => `mutation($id: ID!, $i: Update${type}Input!) { update${type}(id: $id, input: $i) { id } }`;
    const stored = async () => db().query(`SELECT participants, female_participants, female_only FROM training_delivery WHERE id IN (1, 2) ORDER BY id`);
    const rows = await stored();
    expect(rows).toEqual([
      { participants: 25, female_participants: 9, female_only: false },
      { participants: 30, female_participants: 30, female_only: true },
    ]);
    await refused(update("TrainingDelivery"), { id: TRAINING_1, i: { femaleParticipants: 40 } }, [
      { field: "femaleParticipants", message: "femaleParticipants (40) must not exceed participants (25)" },
    ]);
    await refused(update("TrainingDelivery"), { id: TRAINING_1, i: { participants: 5 } }, [
      { field: "participants", message: "femaleParticipants (9) must not exceed participants (5)" },
    ]);
    await refused(update("TrainingDelivery"), { id: TRAINING_2, i: { participants: 35 } }, [
      { field: "participants", message: "femaleOnly is true but femaleParticipants (30) differs from participants (35)" },
    ]);
    await refused(update("TrainingDelivery"), { id: TRAINING_1, i: { endDate: "2017-02-01" } }, [
      { field: "endDate", message: "endDate (2017-02-01) is before startDate (2017-03-01)" },
    ]);
    await refused(update("Mission"), { id: toGlobalId("Mission", 1), i: { endDate: "2000-01-01" } }, [
      { field: "endDate", message: "endDate (2000-01-01) is before startDate (2004-06-01)" },
    ]);
    await refused(update("DeploymentRequest"), { id: toGlobalId("DeploymentRequest", 2), i: { decision: "APPROVED" } }, [
      { field: "decision", message: "decidedOn is required when decision (APPROVED) is not PENDING" },
    ]);
    await refused(update("DeploymentRequest"), { id: toGlobalId("DeploymentRequest", 2), i: { requestedByOrganizationCode: "UN" } }, [
      { field: "requestedByOrganizationCode", message: "requestedByOrganizationCode and requestedByCountryIso3 are both set; a request has exactly one requester" },
    ]);
    await refused(update("Mission"), { id: toGlobalId("Mission", 2), i: { code: "MINUSTAH" } }, [{ field: "code", message: 'code: another mission already has the code "MINUSTAH"' }]);
    expect(await stored()).toEqual(rows);
    // Changing both counts together, within the rules, is accepted.
    const ok = await fx.app.gql(`mutation { updateTrainingDelivery(id: "${TRAINING_2}", input: { participants: 35, femaleParticipants: 35 }) { participants femaleParticipants } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateTrainingDelivery).toEqual({ participants: 35, femaleParticipants: 35 });
    before = await registerSnapshot(db());
  });

  it("refuses to clear a field every row has, before writing", async () => {
    const updateTraining = `mutation($id: ID!, $i: UpdateTrainingDeliveryInput!) { updateTrainingDelivery(id: $id, input: $i) { id } }`;
    await refused(updateTraining, { id: TRAINING_1, i: { title: null } }, [{ field: "title", message: "title: cannot be cleared (null); every TrainingDelivery has one" }]);
    // A column with a default is required of every row too.
    await refused(updateTraining, { id: TRAINING_1, i: { femaleOnly: null, participants: null, endDate: null } }, [
      { field: "participants", message: "participants: cannot be cleared (null); every TrainingDelivery has one" },
      { field: "femaleOnly", message: "femaleOnly: cannot be cleared (null); every TrainingDelivery has one" },
    ]);
    await refused(createTraining, { i: { ...training, femaleOnly: null } }, [
      { field: "femaleOnly", message: "femaleOnly: cannot be null; every TrainingDelivery has one (leave it out for the default)" },
    ]);
    expect(await db().query(`SELECT title, participants, female_only, end_date FROM training_delivery WHERE id = 1`)).toEqual([
      { title: "New domestic-violence law", participants: 25, female_only: false, end_date: "2017-03-05" },
    ]);
    // A field that may be empty is cleared.
    const cleared = await fx.app.gql(updateTraining, { id: TRAINING_1, i: { endDate: null } });
    expect(cleared.errors).toBeUndefined();
    expect(await db().query(`SELECT end_date FROM training_delivery WHERE id = 1`)).toEqual([{ end_date: null }]);
  });

  it("reads ISO3 codes in any case and stores them in capitals, as the import does", async () => {
    const res = await fx.app.gql(`mutation($i: CreateMissionInput!) { createMission(input: $i) { code hostCountries { iso3 } } }`, {
      i: { code: "CASE-ISO3", name: "Lower-case hosts", leadOrganizationCode: "UN", hostCountries: ["hti", "Ukr"], kind: "OTHER", startDate: "2020-01-01" },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ createMission: { code: "CASE-ISO3", hostCountries: [{ iso3: "HTI" }, { iso3: "UKR" }] } });
    const training = await fx.app.gql(createTraining, { i: { title: "Lower-case country", topicCode: "COMMUNITY_POLICING", countryIso3: "ukr", startDate: "2021-02-01", participants: 3, femaleParticipants: 1 } });
    expect(training.errors).toBeUndefined();
    expect(await db().query(`SELECT country_iso3 FROM training_delivery WHERE title = 'Lower-case country'`)).toEqual([{ country_iso3: "UKR" }]);
  });
});
