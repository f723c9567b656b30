import { describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/schema/common/global-id";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { registerSnapshot } from "../support/register";

describe.each(databaseTargets())("mutations on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "EDITOR" });

  it("creates, updates and deletes a mission, each in the audit log with before and after", async () => {
    const created = await fx.app.gql(`mutation { createMission(input: { code: "UNMISS", name: "UN Mission in South Sudan", leadOrganizationCode: "UN",
      hostCountries: ["SSD"], kind: PEACEKEEPING, startDate: "2011-07-09" }) { id code source hostCountries { iso3 } leadOrganization { code } } }`);
    expect(created.errors).toBeUndefined();
    const m = created.data.createMission;
    expect(m).toMatchObject({ code: "UNMISS", source: "entered through the API", hostCountries: [{ iso3: "SSD" }], leadOrganization: { code: "UN" } });
    // The fixture's missions take ids 1..5, so the new one is 6.
    expect(m.id).toBe(toGlobalId("Mission", 6));

    const updated = await fx.app.gql(`mutation($id: ID!) { updateMission(id: $id, input: { endDate: "2030-01-01", hostCountries: ["SSD", "SDN"] }) {
      code endDate hostCountries { iso3 } } }`, { id: m.id });
    expect(updated.data.updateMission).toEqual({ code: "UNMISS", endDate: "2030-01-01", hostCountries: [{ iso3: "SDN" }, { iso3: "SSD" }] });

    const deleted = await fx.app.gql(`mutation($id: ID!) { deleteMission(id: $id) }`, { id: m.id });
    expect(deleted.data.deleteMission).toBe(m.id);
    expect(await fx.database.db.query(`SELECT count(*)::int AS n FROM mission WHERE code = 'UNMISS'`)).toEqual([{ n: 0 }]);

    const log = await fx.database.db.query(`SELECT actor_kind, actor, action, entity, entity_id, before, after FROM audit_entry WHERE entity = 'mission' ORDER BY id`);
    expect(log.map((e: any) => [e.actor_kind, e.actor, e.action, e.entity_id])).toEqual([
      ["KEY", "test editor", "CREATE", "6"], ["KEY", "test editor", "UPDATE", "6"], ["KEY", "test editor", "DELETE", "6"],
    ]);
    expect(log[0].before).toBeNull();
    expect(log[0].after).toMatchObject({ code: "UNMISS", end_date: null, host_countries: ["SSD"] });
    expect(log[1].before).toMatchObject({ end_date: null, host_countries: ["SSD"] });
    expect(log[1].after).toMatchObject({ end_date: "2030-01-01", host_countries: ["SDN", "SSD"] });
    expect(log[2].before).toMatchObject({ code: "UNMISS" });
    expect(log[2].after).toBeNull();
  });

  it("refuses to delete a mission still referenced, naming what refers to it, and changes nothing", async () => {
    const before = await registerSnapshot(fx.database.db);
    const res = await fx.app.gql(`mutation { deleteMission(id: "${toGlobalId("Mission", 1)}") }`);
    // MINUSTAH has deployments 1-3, the SGBV team, training 2, request 1 and UN rows 1-3.
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toBe(
      "This Mission is still referenced by 3 deployment(s), 1 specialized team(s), 1 training delivery(ies), 1 deployment request(s), 3 UN contribution row(s): delete or change those first",
    );
    expect(await registerSnapshot(fx.database.db)).toBe(before);
  });

  it("records a deployment by codes, checks its team belongs to its mission, and keeps dates in order", async () => {
    const created = await fx.app.gql(`mutation { createDeployment(input: { personnelNumber: "P-004", missionCode: "MINUSTAH", roleCode: "MENTORING",
      teamName: "SGBV Team", startDate: "2014-01-01", endDate: "2014-12-31", senior: true }) { id startDate endDate senior officer { personnelNumber } team { name } mission { code } } }`);
    expect(created.errors).toBeUndefined();
    expect(created.data.createDeployment).toMatchObject({ startDate: "2014-01-01", endDate: "2014-12-31", senior: true,
      officer: { personnelNumber: "P-004" }, team: { name: "SGBV Team" }, mission: { code: "MINUSTAH" } });
    const id = created.data.createDeployment.id;

    const before = await registerSnapshot(fx.database.db);
    const cases: [string, string, string][] = [
      [`updateDeployment(id: "${id}", input: { missionCode: "UNMIK" }) { id }`, "teamName", "teamName: the team belongs to another mission; give the new mission's team or null"],
      [`updateDeployment(id: "${id}", input: { endDate: "2013-01-01" }) { id }`, "endDate", "endDate (2013-01-01) is before startDate (2014-01-01)"],
      [`updateDeployment(id: "${id}", input: { missionCode: null }) { id }`, "missionCode", "missionCode: cannot be cleared (null); every Deployment has one"],
      [`createDeployment(input: { personnelNumber: "P-999", missionCode: "MINUSTAH", roleCode: "TRAINING", startDate: "2014-01-01" }) { id }`, "personnelNumber", 'personnelNumber: no officer has the personnel number "P-999"'],
      [`createDeployment(input: { personnelNumber: "P-004", missionCode: "MINUSTAH", roleCode: "TRAINING", startDate: "2014-01-01" }) { id }`, "startDate",
        'startDate: another deployment already has the same personnelNumber, missionCode and startDate (personnelNumber "P-004", missionCode "MINUSTAH", startDate "2014-01-01")'],
      [`createDeployment(input: { personnelNumber: "P-004", missionCode: "MINUSTAH", roleCode: "TRAINING", teamName: "Nope", startDate: "2015-01-01" }) { id }`, "teamName", `teamName: the deployment's mission has no team "Nope"`],
    ];
    for (const [mutation, field, message] of cases) {
      const res = await fx.app.gql(`mutation { ${mutation} }`);
      expect(res.errors?.[0].extensions, mutation).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(res.errors?.[0].message, mutation).toBe(message);
    }
    expect(await registerSnapshot(fx.database.db)).toBe(before);
  });

  it("validates input fields with class-validator and the register's rules, naming the field", async () => {
    const before = await registerSnapshot(fx.database.db);
    const cases: [string, string, string][] = [
      [`createTrainingDelivery(input: { title: "T", topicCode: "COMMUNITY_POLICING", countryIso3: "HTI", startDate: "2012-01-01", participants: 5, femaleParticipants: 6 }) { id }`,
        "femaleParticipants", "femaleParticipants (6) must not exceed participants (5)"],
      [`createTrainingDelivery(input: { title: "T", topicCode: "COMMUNITY_POLICING", countryIso3: "HTI", startDate: "2012-01-01", participants: -1, femaleParticipants: 0 }) { id }`,
        "participants", "participants: participants must not be less than 0"],
      [`createWpsTarget(input: { indicatorCode: "NAP_WOMEN_DEPLOYED_POLICE", year: 2021, value: 1.5 }) { id }`, "value", "value: value must not be greater than 1"],
      [`createWpsTarget(input: { indicatorCode: "NAP_WOMEN_DEPLOYED_POLICE", year: 2020, value: 0.3 }) { id }`, "year",
        'year: another wps target already has the same indicatorCode and year (indicatorCode "NAP_WOMEN_DEPLOYED_POLICE", year 2020)'],
      [`createMission(input: { code: "", name: "x", leadOrganizationCode: "UN", hostCountries: ["HTI"], kind: OTHER, startDate: "2020-01-01" }) { id }`,
        "code", "code: is empty; a code is 1 to 64 ASCII letters and digits, starting with a capital letter or a digit, with single spaces, hyphens or underscores between words (e.g. MINUSTAH, CPM-UKRAINE, EUPOL COPPS)"],
      // Lower case is read as capitals (hti is HTI); a digit is not a letter in any case.
      [`createMission(input: { code: "NEW", name: "x", leadOrganizationCode: "UN", hostCountries: ["h1i"], kind: OTHER, startDate: "2020-01-01" }) { id }`,
        "hostCountries", 'hostCountries: item 1 contains the character "1" U+0031 at position 2; a country code is ISO 3166-1 alpha-3: three letters A-Z, in any case (e.g. HTI)'],
      [`createMission(input: { code: "NEW", name: "x", leadOrganizationCode: "UN", hostCountries: ["ZZZ"], kind: OTHER, startDate: "2020-01-01" }) { id }`,
        "hostCountries", "hostCountries: no country has the ISO3 code ZZZ"],
      [`createDeploymentRequest(input: { missionCode: "UNMIK", receivedOn: "2020-01-01", positionsRequested: 3, decision: PENDING }) { id }`,
        "requestedByOrganizationCode", "requestedByOrganizationCode or requestedByCountryIso3 is required; a request has exactly one requester"],
      [`updateOfficer(id: "${toGlobalId("Officer", 1)}", input: { policeServiceCode: "NOPE" }) { id }`, "policeServiceCode", 'policeServiceCode: no police service has the code "NOPE"'],
    ];
    for (const [mutation, field, message] of cases) {
      const res = await fx.app.gql(`mutation { ${mutation} }`);
      expect(res.errors?.[0].message, mutation).toBe(message);
      expect(res.errors?.[0].extensions, mutation).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await registerSnapshot(fx.database.db)).toBe(before);
  });

  it("updates only the fields given, and null clears one", async () => {
    const id = toGlobalId("Officer", 2);
    const res = await fx.app.gql(`mutation($id: ID!) { updateOfficer(id: $id, input: { rank: null, gender: UNDISCLOSED }) { personnelNumber rank gender policeService { code } } }`, { id });
    expect(res.data.updateOfficer).toEqual({ personnelNumber: "P-002", rank: null, gender: "UNDISCLOSED", policeService: { code: "SPVM" } });
    const [row] = await fx.database.db.query(`SELECT given_name, family_name FROM officer WHERE id = 2`);
    expect(row).toEqual({ given_name: "Luc", family_name: "Gagnon" });
    // The same values again change nothing, so nothing is added to the audit log.
    const [{ n: entries }] = await fx.database.db.query(`SELECT count(*)::int AS n FROM audit_entry`);
    const same = await fx.app.gql(`mutation($id: ID!) { updateOfficer(id: $id, input: { rank: null, gender: UNDISCLOSED }) { rank } }`, { id });
    expect(same.errors).toBeUndefined();
    expect(await fx.database.db.query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual([{ n: entries }]);
    const missing = await fx.app.gql(`mutation { updateOfficer(id: "${toGlobalId("Officer", 999)}", input: { rank: "x" }) { id } }`);
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const wrongType = await fx.app.gql(`mutation { deleteOfficer(id: "${toGlobalId("Mission", 1)}") }`);
    expect(wrongType.errors?.[0]).toMatchObject({ message: "id must be the id of a Officer, got one of a Mission", extensions: { code: "BAD_USER_INPUT" } });
  });

  it("creates and deletes milestones, targets, teams, trainings and requests", async () => {
    const make = [
      [`createWpsMilestone(input: { date: "2021-03-08", countryIso3: "HTI", title: "t", description: "d", category: "POLICY" }) { id date country { iso3 } }`, "createWpsMilestone", "deleteWpsMilestone"],
      [`createWpsTarget(input: { indicatorCode: "NAP_WOMEN_DEPLOYED_POLICE", year: 2025, value: 0.25 }) { id year value }`, "createWpsTarget", "deleteWpsTarget"],
      [`createSpecializedTeam(input: { missionCode: "UNMIK", name: "Community, policing \\"North\\"", focus: COMMUNITY_POLICING }) { id name ledByCanada }`, "createSpecializedTeam", "deleteSpecializedTeam"],
      [`createTrainingDelivery(input: { title: "Sûreté du Québec course", topicCode: "COMMUNITY_POLICING", countryIso3: "UKR", startDate: "2019-05-01", participants: 12, femaleParticipants: 12, femaleOnly: true }) { id title femaleOnly }`, "createTrainingDelivery", "deleteTrainingDelivery"],
      [`createDeploymentRequest(input: { missionCode: "UNMIK", requestedByCountryIso3: "XKX", receivedOn: "2020-01-01", positionsRequested: 3, decision: PENDING }) { id positionsRequested }`, "createDeploymentRequest", "deleteDeploymentRequest"],
    ] as const;
    const created: Record<string, any> = {};
    for (const [mutation, name, del] of make) {
      const res = await fx.app.gql(`mutation { ${mutation} }`);
      expect(res.errors, mutation).toBeUndefined();
      created[name] = res.data[name];
      const gone = await fx.app.gql(`mutation($id: ID!) { ${del}(id: $id) }`, { id: res.data[name].id });
      expect(gone.data[del]).toBe(res.data[name].id);
    }
    expect(created.createWpsMilestone).toMatchObject({ date: "2021-03-08", country: { iso3: "HTI" } });
    expect(created.createWpsTarget).toMatchObject({ year: 2025, value: 0.25 });
    expect(created.createSpecializedTeam).toMatchObject({ name: 'Community, policing "North"', ledByCanada: false });
    expect(created.createTrainingDelivery).toMatchObject({ title: "Sûreté du Québec course", femaleOnly: true });
    const actions = await fx.database.db.query(`SELECT entity, array_agg(action ORDER BY id) AS actions FROM audit_entry
      WHERE entity IN ('wps_milestone', 'wps_target', 'specialized_team', 'training_delivery', 'deployment_request') GROUP BY entity ORDER BY entity`);
    expect(actions.map((a: any) => [a.entity, a.actions])).toEqual([
      ["deployment_request", ["CREATE", "DELETE"]], ["specialized_team", ["CREATE", "DELETE"]], ["training_delivery", ["CREATE", "DELETE"]],
      ["wps_milestone", ["CREATE", "DELETE"]], ["wps_target", ["CREATE", "DELETE"]],
    ]);
  });
});
