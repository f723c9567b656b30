import { afterAll, describe, expect, it } from "vitest";
import { isAcceptedDate, MAX_DATE, MIN_DATE } from "../../src/core/input/date-range";
import { toGlobalId } from "../../src/graphql/schema/common/global-id";
import { counts, csvFolder, importCsv, importRejected, problems, snapshot } from "../import/helpers";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";

const RULE = "a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD";
/** What a refused date is told: which end of the range it passed, and what is accepted. */
const REFUSAL = (d: string) => `"${d}" is ${d < "1900-01-01" ? "before 1900-01-01" : "after 2100-12-31"}; accepted: ${RULE}`;
/** Outside the range: a year PostgreSQL cannot store, one it can (but the import could not read), and the days just outside. */
const REFUSED = ["0000-01-01", "0001-01-01", "1899-12-31", "2101-01-01"];

const files = csvFolder();
afterAll(() => files.cleanup());

describe("the accepted date range", () => {
  it("is 1900-01-01 .. 2100-12-31, calendar dates only", () => {
    expect([MIN_DATE, MAX_DATE]).toEqual(["1900-01-01", "2100-12-31"]);
    expect(["1900-01-01", "2100-12-31", "2000-02-29", "1948-05-29"].map(isAcceptedDate)).toEqual([true, true, true, true]);
    expect([...REFUSED, "1900-02-29", "2023-02-30", "99999-01-01", "+2020-01-01"].map(isAcceptedDate)).toEqual(Array(8).fill(false));
  });
});

describe.each(databaseTargets())("dates outside the range on the $name database", (target) => {
  const fx = useFixtureApp(target, { traceSql: false, role: "EDITOR" });

  it("are BAD_USER_INPUT in arguments and filters, never an internal error; the ends are accepted", async () => {
    for (const d of REFUSED) {
      const filter = await fx.app.gql(`query($d: Date) { missions(filter: { activeOn: $d }) { totalCount } }`, { d });
      expect(filter.status, d).toBe(400);
      expect(filter.errors, d).toEqual([{
        message: `Variable "$d" got invalid value "${d}"; Date ${REFUSAL(d)}`,
        locations: [{ line: 1, column: 7 }],
        extensions: { code: "BAD_USER_INPUT" },
      }]);
      // As a literal, the document does not validate.
      const literal = await fx.app.gql(`{ femaleParticipation(from: "${d}") { total { officers } } }`);
      expect(literal.errors, d).toEqual([{ message: `Date ${REFUSAL(d)}`, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }]);
    }
    // Missions running on the first and the last day of the range: none in 1900, the ongoing three in 2100.
    const ends = await fx.app.gql(`{ first: missions(filter: { activeOn: "1900-01-01" }) { totalCount } last: missions(filter: { activeOn: "2100-12-31" }) { totalCount }
      all: femaleParticipation(from: "1900-01-01", to: "2100-12-31") { total { officers } } }`);
    expect(ends.errors).toBeUndefined();
    expect(ends.data).toEqual({ first: { totalCount: 0 }, last: { totalCount: 3 }, all: { total: { officers: 5 } } });
  });

  it("are refused by a mutation with nothing written; the ends are stored as sent", async () => {
    const before = await snapshot(fx.database.db);
    const create = `mutation($i: CreateMissionInput!) { createMission(input: $i) { code startDate endDate } }`;
    const input = (startDate: string, endDate: string | null) => ({ code: "DATES", name: "Dates", leadOrganizationCode: "UN", hostCountries: ["HTI"], kind: "OTHER", startDate, endDate });
    for (const d of REFUSED) {
      const res = await fx.app.gql(create, { i: input(d, null) });
      expect(res.errors?.[0].extensions?.code, d).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message, d).toBe(`Variable "$i" got invalid value "${d}" at "i.startDate"; Date ${REFUSAL(d)}`);
      const update = await fx.app.gql(`mutation { updateMission(id: "${toGlobalId("Mission", 1)}", input: { endDate: "${d}" }) { endDate } }`);
      expect(update.errors?.[0].message, d).toBe(`Date ${REFUSAL(d)}`);
    }
    expect(await snapshot(fx.database.db)).toEqual(before);
    const ok = await fx.app.gql(create, { i: input("1900-01-01", "2100-12-31") });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createMission).toEqual({ code: "DATES", startDate: "1900-01-01", endDate: "2100-12-31" });
    expect(await fx.database.db.query(`SELECT start_date, end_date FROM mission WHERE code = 'DATES'`)).toEqual([{ start_date: "1900-01-01", end_date: "2100-12-31" }]);
  });

  it("are refused by the import, naming line and column, with nothing written; the ends are imported", async () => {
    const header = "code,name,lead_organization_code,host_countries,kind,start_date,end_date";
    const rejected = await importRejected(fx.database.db, "missions", files.write([header, ...REFUSED.map((d, i) => `IMP-${i},Imported,UN,HTI,OTHER,${d},`), "IMP-9,Imported,UN,HTI,OTHER,2000-01-01,0001-01-01"].join("\n")));
    expect(problems(rejected)).toEqual([
      ...REFUSED.map((d, i) => `${i + 2} start_date: ${REFUSAL(d)}`),
      `6 end_date: ${REFUSAL("0001-01-01")}`,
    ]);
    const accepted = await importCsv(fx.database.db, "missions", files.write(`${header}\nIMP-END,Imported,UN,HTI,OTHER,1900-01-01,2100-12-31\n`));
    expect(counts(accepted)).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0 });
    expect(await fx.database.db.query(`SELECT start_date, end_date FROM mission WHERE code = 'IMP-END'`)).toEqual([{ start_date: "1900-01-01", end_date: "2100-12-31" }]);
  });
});
