import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSTRAINT_RULES, describeConstraint, violationOf } from "../../src/core/domain/constraint-rules";
import { UserInputError } from "../../src/core/errors";
import { KINDS } from "../../src/core/ingest/kinds";
import { asUserError } from "../../src/core/writes/constraint-errors";
import { deploymentRequestWrite } from "../../src/core/writes/deployment-request.write";
import { deploymentWrite } from "../../src/core/writes/deployment.write";
import { missionWrite } from "../../src/core/writes/mission.write";
import { officerWrite } from "../../src/core/writes/officer.write";
import { specializedTeamWrite } from "../../src/core/writes/specialized-team.write";
import { trainingDeliveryWrite } from "../../src/core/writes/training-delivery.write";
import { wpsMilestoneWrite } from "../../src/core/writes/wps-milestone.write";
import { wpsTargetWrite } from "../../src/core/writes/wps-target.write";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { loadFixture } from "../support/fixture";

const SPECS = [missionWrite, specializedTeamWrite, officerWrite, deploymentWrite, trainingDeliveryWrite, wpsMilestoneWrite, wpsTargetWrite, deploymentRequestWrite];

/** The CSV import names a column as it is stored. */
const asStored = (column: string) => column;

describe("the register's rules in words", () => {
  const rule = (name: string) => CONSTRAINT_RULES[name]!;

  it("phrase a broken row with its values, in the caller's names", () => {
    expect(violationOf(rule("training_delivery_female_check"), { participants: 30, female_participants: 40 }, asStored)).toBe("female_participants (40) must not exceed participants (30)");
    expect(violationOf(rule("training_delivery_female_only_check"), { participants: 30, female_participants: 12, female_only: true }, asStored)).toBe(
      "female_only is true but female_participants (12) differs from participants (30)",
    );
    expect(violationOf(rule("training_delivery_counts_check"), { participants: 3, female_participants: -1, instructors_certified: -2 }, asStored)).toBe(
      "female_participants (-1) and instructors_certified (-2) must not be negative",
    );
    expect(violationOf(rule("mission_dates_check"), { start_date: "2021-01-01", end_date: "2020-01-01" }, asStored)).toBe("end_date (2020-01-01) is before start_date (2021-01-01)");
    expect(violationOf(rule("deployment_request_pending_check"), { decision: "DECLINED", decided_on: null }, asStored)).toBe("decided_on is required when decision (DECLINED) is not PENDING");
    expect(violationOf(rule("deployment_request_requester_check"), { requested_by_organization_id: null, requested_by_country_iso3: null }, asStored)).toBe(
      "requested_by_organization_id or requested_by_country_iso3 is required; a request has exactly one requester",
    );
    // 70 + 14 = 84.
    expect(violationOf(rule("un_contribution_counts_check"), { male: 70, female: 14, total: 80 }, asStored)).toBe("total (80) must be male + female (84)");
    expect(violationOf(rule("wps_target_value_check"), { value: "1.5000" }, asStored)).toBe("value (1.5000) must be between 0 and 1");
    expect(violationOf(rule("officer_gender_check"), { gender: "X" }, asStored)).toBe("gender (X) must be one of FEMALE, MALE, ANOTHER_GENDER, UNDISCLOSED");
  });

  it("keep a row that satisfies them, NULL included as in SQL", () => {
    expect(violationOf(rule("training_delivery_female_check"), { participants: 30, female_participants: 30 }, asStored)).toBeNull();
    expect(violationOf(rule("training_delivery_female_only_check"), { participants: 30, female_participants: 12, female_only: false }, asStored)).toBeNull();
    expect(violationOf(rule("mission_dates_check"), { start_date: "2021-01-01", end_date: null }, asStored)).toBeNull();
    expect(violationOf(rule("mission_canadian_years_check"), { canadian_police_from: 2012, canadian_police_to: 2012 }, asStored)).toBeNull();
    expect(violationOf(rule("deployment_request_pending_check"), { decision: "PENDING", decided_on: null }, asStored)).toBeNull();
    expect(violationOf(rule("deployment_request_requester_check"), { requested_by_organization_id: 1, requested_by_country_iso3: null }, asStored)).toBeNull();
    expect(violationOf(rule("un_contribution_counts_check"), { male: 70, female: 14, total: 84 }, asStored)).toBeNull();
  });

  it("say the rule without values when the database refused a row it does not show", () => {
    expect(describeConstraint("training_delivery_female_check", asStored)).toBe("female_participants must not exceed participants");
    expect(describeConstraint("deployment_request_pending_check", asStored)).toBe("decided_on is empty exactly while decision is PENDING");
    expect(describeConstraint("deployment_request_requester_check", asStored)).toBe("a request has exactly one requester: requested_by_organization_id or requested_by_country_iso3");
    expect(describeConstraint("no_such_check", asStored)).toBeNull();
  });
});

describe.each(databaseTargets())("the rules and write specs against the $name database", (target) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await target.open();
    await loadFixture(database.db);
  });
  afterAll(async () => database?.close());

  it("has a rule for every CHECK constraint of the tables the mutations and the import write, about columns they have", async () => {
    const tables = [...new Set([...SPECS.map((s) => s.table), ...KINDS.map((k) => k.table)])];
    const checks = (await database.db.query(
      `SELECT c.conname AS name, t.relname AS "table" FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
       WHERE c.contype = 'c' AND t.relname = ANY($1) ORDER BY c.conname`,
      [tables],
    )) as { name: string; table: string }[];
    expect(Object.entries(CONSTRAINT_RULES).map(([name, r]) => ({ name, table: r.table })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(checks);
    const columns = (await database.db.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`)) as {
      table_name: string;
      column_name: string;
    }[];
    for (const [name, r] of Object.entries(CONSTRAINT_RULES)) {
      for (const column of r.columns) expect(columns, `${name}: ${column}`).toContainEqual({ table_name: r.table, column_name: column });
    }
  });

  it("requires on create exactly the columns without a default that every row has", async () => {
    const columns = (await database.db.query(
      `SELECT table_name, column_name, is_nullable = 'NO' AS not_null, column_default IS NOT NULL AS has_default FROM information_schema.columns WHERE table_schema = current_schema()`,
    )) as { table_name: string; column_name: string; not_null: boolean; has_default: boolean }[];
    for (const spec of SPECS) {
      for (const [field, f] of Object.entries(spec.fields)) {
        if (!f.column) continue;
        const c = columns.find((c) => c.table_name === spec.table && c.column_name === f.column)!;
        // `source` has no default in the database: the API fills one in.
        const expected = !c.not_null ? undefined : c.has_default || f.column === "source" ? "defaulted" : "required";
        expect(f.presence, `${spec.typeName}.${field}`).toBe(expected);
      }
    }
  });

  it("phrases what the database refuses through the same rules, naming the input's fields", async () => {
    const refusal = async (sql: string) => database.db.query(sql).then(() => expect.unreachable("the database accepted it"), (err: unknown) => err);
    const check = asUserError(
      await refusal(`INSERT INTO training_delivery (country_iso3, topic_id, title, start_date, participants, female_participants, source) VALUES ('HTI', 1, 'T', '2020-01-01', 30, 40, 's')`),
      trainingDeliveryWrite,
      { participants: 30, femaleParticipants: 40 },
    );
    expect(check).toBeInstanceOf(UserInputError);
    expect(check).toMatchObject({
      message: "femaleParticipants must not exceed participants",
      field: "femaleParticipants",
      problems: [{ field: "femaleParticipants", message: "femaleParticipants must not exceed participants" }],
    });
    const unique = asUserError(
      await refusal(`INSERT INTO mission (code, name, lead_organization_id, kind, start_date, source) VALUES ('MINUSTAH', 'Again', 1, 'OTHER', '2020-01-01', 's')`),
      missionWrite,
      { code: "MINUSTAH" },
    );
    expect(unique).toMatchObject({ message: 'code: another mission already has the code "MINUSTAH"', field: "code" });
  });
});
