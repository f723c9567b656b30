import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";

/*
 * Every report's CSV on the fixture register of test/analytics.test.ts (the same extra deployment 8
 * of P-004 in UNISFA, 2019-01-01..2019-06-30, and the same two extra targets), so the expected
 * figures are those worked by hand there.
 */
describe.each(databaseTargets())("report exports on the $name database", (target) => {
  const fx = useFixtureApp(target, {
    setup: async (db) => {
      await db.query(`INSERT INTO deployment (officer_id, mission_id, role_id, start_date, end_date, senior, source)
        VALUES (4, 5, 2, '2019-01-01', '2019-06-30', false, 'synthetic demo')`);
      await db.query(`INSERT INTO wps_indicator (id, code, name, unit, source, computation)
        VALUES (2, 'GPS_FPU_WOMEN', 'Women among formed police units', 'PERCENT', 'UN_GPS_2018_2028', 'UN share')`);
      await db.query(`INSERT INTO wps_target (indicator_id, year, value) VALUES (1, 2017, 0.2), (2, 2016, 0.12)`);
    },
  });

  const base = () => `http://127.0.0.1:${fx.app.port}/export`;
  const get = async (path: string) => {
    // Most reports here lower minCellSize, which needs an ANALYST key.
    const res = await fetch(`${base()}/${path}`, { headers: { authorization: `Bearer ${fx.tokens.ANALYST}` } });
    return { res, text: await res.text() };
  };
  const csv = async (path: string) => {
    const { res, text } = await get(path);
    expect(res.status, text).toBe(200);
    return text;
  };
  const records = async (path: string) => parse(await csv(path), { columns: true }) as Record<string, string>[];

  const PARTICIPATION = "officers,known,undisclosed,female,male,another_gender,rate,interval_low,interval_high,person_days,female_person_days,female_person_day_share,suppressed";
  // Every row ends with its provenance (docs/definitions.md 14): the fixture's register rows are all
  // `synthetic demo`, its UN rows `fixture`; asOf is the period's end (today by default), or the
  // latest UN month end read.
  const PROVENANCE = "provenance,provenance_sources,provenance_as_of";
  const synthetic = (asOf: string) => `SYNTHETIC,synthetic demo,${asOf}`;
  const TODAY = new Date().toISOString().slice(0, 10);

  it("femaleParticipation: key columns first, then the measures; suppressed cells empty", async () => {
    expect(await csv("femaleParticipation.csv?to=2023-12-31&groupBy=COUNTRY")).toBe([
      `country_iso3,${PARTICIPATION},${PROVENANCE}`,
      ...["HTI,3,2,1,,,,,,,912,,,true", "PSE,1,1,0,,,,,,,365,,,true", "SDN,1,1,0,,,,,,,181,,,true", "SSD,1,1,0,,,,,,,181,,,true", "UKR,2,2,0,,,,,,,730,,,true", "XKX,1,1,0,,,,,,,671,,,true"]
        .map((line) => `${line},${synthetic("2023-12-31")}`),
      "",
    ].join("\n"));
  });

  it("femaleParticipation by year, unsuppressed, with the Wilson interval", async () => {
    const rows = await records("femaleParticipation.csv?to=2023-12-31&groupBy=YEAR&minCellSize=0");
    expect(rows.map((r) => [r.year, r.officers, r.known, r.female, r.rate, r.person_days])).toEqual([
      ["2010", "2", "2", "1", "0.5", "579"],
      ["2011", "1", "1", "0", "0", "151"],
      ["2012", "1", "0", "0", "", "182"],
      ["2013", "1", "1", "0", "0", "365"],
      ["2016", "1", "1", "1", "1", "214"],
      ["2017", "2", "2", "2", "1", "516"],
      ["2019", "1", "1", "1", "1", "181"],
      ["2022", "1", "1", "0", "0", "306"],
      ["2023", "1", "1", "0", "0", "365"],
    ]);
    // Wilson 95 % for 1 of 2: (0.09453, 0.90547).
    expect(Number(rows[0].interval_low)).toBeCloseTo(0.09453, 4);
    expect(Number(rows[0].interval_high)).toBeCloseTo(0.90547, 4);
    expect(rows[0].suppressed).toBe("false");
  });

  it("femaleParticipation: two dimensions in the order asked, and the total table", async () => {
    const rows = await records("femaleParticipation.csv?to=2023-12-31&groupBy=TEAM,SENIOR&minCellSize=0");
    expect(rows.map((r) => [r.team_name, r.senior, r.officers])).toEqual([["SGBV Team", "true", "1"], ["", "false", "4"]]);
    expect(Object.keys(rows[0]).slice(0, 3)).toEqual(["team_name", "senior", "officers"]);
    // All officers once: 5, of whom 4 of known gender, 2 women. Wilson 95 % for 2 of 4: (0.15004, 0.84996).
    const total = await csv("femaleParticipation.csv?to=2023-12-31&minCellSize=4&table=total");
    const [header, line, end] = total.split("\n");
    expect([header, end]).toEqual([`${PARTICIPATION},${PROVENANCE}`, ""]);
    const cells = line.split(",");
    expect([...cells.slice(0, 7), ...cells.slice(9)]).toEqual(["5", "4", "1", "2", "2", "0", "0.5", "2859", "1276", String(1276 / 2677), "false", "SYNTHETIC", "synthetic demo", "2023-12-31"]);
    expect(Number(cells[7])).toBeCloseTo(0.15004, 4);
    expect(Number(cells[8])).toBeCloseTo(0.84996, 4);
  });

  it("rounds rates and shares to the decimals asked (round=3), in CSV and JSON, and leaves counts whole", async () => {
    const line = (await csv("femaleParticipation.csv?to=2023-12-31&minCellSize=4&table=total&round=3")).split("\n")[1]!.split(",");
    // As above, rounded by hand: 0.15004 -> 0.15, 0.84996 -> 0.85, 1276 / 2677 = 0.47665... -> 0.477.
    expect(line).toEqual(["5", "4", "1", "2", "2", "0", "0.5", "0.15", "0.85", "2859", "1276", "0.477", "false", "SYNTHETIC", "synthetic demo", "2023-12-31"]);
    const { res, text } = await get("femaleParticipation.json?to=2023-12-31&minCellSize=4&table=total&round=3");
    expect(res.status).toBe(200);
    expect(JSON.parse(text)[0]).toMatchObject({ officers: 5, rate: 0.5, interval: { low: 0.15, high: 0.85 }, femalePersonDayShare: 0.477 });
    const bad = await get("femaleParticipation.csv?round=x");
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].message).toBe('round must be a whole number of decimals from 0 to 10, got "x"');
  });

  it("filters by enum-valued fields (genders, role categories) as well as by codes", async () => {
    // Women: P-001 (MINUSTAH 2010, CPM-UKRAINE 2016-17) and P-004 (CPM-UKRAINE 2017, UNISFA 2019).
    const women = await records("femaleParticipation.csv?to=2023-12-31&genders=FEMALE&groupBy=MISSION&minCellSize=0");
    expect(women.map((r) => [r.mission_code, r.officers, r.female])).toEqual([["CPM-UKRAINE", "2", "2"], ["MINUSTAH", "1", "1"], ["UNISFA", "1", "1"]]);
    const leaders = await records("femaleParticipation.csv?roleCategories=leadership&groupBy=MISSION&minCellSize=0");
    expect(leaders.map((r) => [r.mission_code, r.officers, r.undisclosed])).toEqual([["MINUSTAH", "1", "1"]]);
  });

  it("headcountSeries: the date, then the keys, at every period end", async () => {
    expect(await csv("headcountSeries.csv?from=2010-01-01&to=2010-12-31&interval=QUARTER&minCellSize=0")).toBe([
      `date,officers,known,female,rate,suppressed,${PROVENANCE}`,
      ...["2010-03-31,1,1,1,1,false", "2010-06-30,2,2,1,0.5,false", "2010-09-30,2,2,1,0.5,false", "2010-12-31,2,2,1,0.5,false"].map((line) => `${line},${synthetic("2010-12-31")}`),
      "",
    ].join("\n"));
    expect(await csv("headcountSeries.csv?from=2023-11-15&to=2024-02-29&interval=month&groupBy=MISSION&minCellSize=0")).toBe([
      `date,mission_code,officers,known,female,rate,suppressed,${PROVENANCE}`,
      ...["2023-11-30,UNMIK,1,1,0,0,false", "2023-12-31,UNMIK,1,1,0,0,false", "2024-01-31,UNMIK,1,1,0,0,false", "2024-02-29,UNMIK,1,1,0,0,false"].map((line) => `${line},${synthetic("2024-02-29")}`),
      "",
    ].join("\n"));
  });

  it("trainingsDelivered by theme, by country and topic, and its total", async () => {
    expect(await csv("trainingsDelivered.csv?groupBy=THEME")).toBe([
      `theme,deliveries,participants,female_participants,female_share,instructors_certified,countries,${PROVENANCE}`,
      `COMMUNITY_POLICING,1,30,30,1,2,1,${synthetic(TODAY)}`,
      `DOMESTIC_VIOLENCE,1,25,9,0.36,0,1,${synthetic(TODAY)}`,
      "",
    ].join("\n"));
    expect(await csv("trainingsDelivered.csv?from=2012-01-01&groupBy=COUNTRY,TOPIC")).toBe(
      `country_iso3,topic_code,deliveries,participants,female_participants,female_share,instructors_certified,countries,${PROVENANCE}\n` +
      `UKR,DOMESTIC_VIOLENCE_LEGISLATION,1,25,9,0.36,0,1,${synthetic(TODAY)}\n`,
    );
    const [total] = await records("trainingsDelivered.csv?table=total");
    expect(total).toMatchObject({ deliveries: "2", participants: "55", female_participants: "39", instructors_certified: "2", countries: "2" });
    expect(Number(total.female_share)).toBeCloseTo(39 / 55, 12);
  });

  it("countryCoverage: the countries, or the table by year", async () => {
    expect(await csv("countryCoverage.csv?from=2016-01-01&to=2019-12-31&minCellSize=0")).toBe([
      `country_iso3,missions,officers,deployments,person_days,first_deployment_date,last_deployment_date,active_at_end,female_rate,known,suppressed,${PROVENANCE}`,
      ...["SDN,1,1,1,181,2019-01-01,2019-06-30,false,1,1,false", "SSD,1,1,1,181,2019-01-01,2019-06-30,false,1,1,false", "UKR,1,2,2,730,2016-06-01,2017-12-31,false,1,2,false"]
        .map((line) => `${line},${synthetic("2019-12-31")}`),
      "",
    ].join("\n"));
    expect(await csv("countryCoverage.csv?from=2022-01-01&to=2023-12-31")).toContain(`\nXKX,1,1,1,671,2022-03-01,,true,,1,true,${synthetic("2023-12-31")}\n`);
    expect(await csv("countryCoverage.csv?from=2016-01-01&to=2019-12-31&table=byYear")).toBe(
      `year,countries,cumulative_countries,${PROVENANCE}\n` + ["2016,1,3", "2017,1,3", "2018,0,3", "2019,2,5"].map((line) => `${line},${synthetic("2019-12-31")}\n`).join(""),
    );
  });

  it("unContributionShare by year and personnel type, and by mission with the null group last", async () => {
    const text = await csv("unContributionShare.csv?groupBy=YEAR,PERSONNEL_TYPE");
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(text.split("\n")[0]).toBe(`year,personnel_type,snapshots,female,male,total,rate,mean_total,latest_date,latest_total,latest_female,${PROVENANCE}`);
    // The UN's rows are real: their source is the fixture's file name; asOf, the latest month end read.
    expect(rows.map((r) => [r.provenance, r.provenance_sources, r.provenance_as_of])).toEqual(Array(3).fill(["REAL", "fixture", "2018-05-31"]));
    expect(rows.map((r) => [r.year, r.personnel_type, r.snapshots, r.female, r.male, r.total, r.mean_total, r.latest_date, r.latest_total, r.latest_female])).toEqual([
      ["2016", "FORMED_POLICE_UNIT", "1", "10", "150", "160", "160", "2016-08-31", "160", "10"],
      ["2016", "INDIVIDUAL_POLICE", "2", "28", "136", "164", "82", "2016-09-30", "80", "14"],
      ["2018", "INDIVIDUAL_POLICE", "1", "5", "20", "25", "25", "2018-05-31", "25", "5"],
    ]);
    expect(rows.map((r) => Number(r.rate))).toEqual([0.0625, expect.closeTo(28 / 164, 12), 0.2]);
    const byMission = await records("unContributionShare.csv?groupBy=MISSION");
    expect(byMission.map((r) => [r.mission_code, r.snapshots, r.total])).toEqual([["MINUSTAH", "2", "324"], ["", "1", "25"]]);
    const filtered = await records("unContributionShare.csv?groupBy=CONTRIBUTOR&personnelTypes=FORMED_POLICE_UNIT&contributors=BGD,CAN");
    expect(filtered.map((r) => [r.contributor_iso3, r.total])).toEqual([["BGD", "160"]]);
  });

  it("targetProgress: indicator and year, the target, then actual, gap and met", async () => {
    const text = await csv("targetProgress.csv");
    expect(text.split("\n")[0]).toBe(
      "indicator_code,year,target_value,actual,gap,met,latest_year,latest_date,latest_value,latest_interval_low,latest_interval_high," +
      `trend_per_year,trend_from_year,trend_to_year,needed_per_year,projected_value,on_track,${PROVENANCE}`,
    );
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.indicator_code, r.year, r.target_value, r.actual, r.met])).toEqual([
      ["GPS_FPU_WOMEN", "2016", "0.12", "0.0625", "false"], // 10 women of 160
      ["NAP_WOMEN_DEPLOYED_POLICE", "2017", "0.2", "", ""], // suppressed: 2 known, below 5
      ["NAP_WOMEN_DEPLOYED_POLICE", "2020", "0.2", "", ""],
    ]);
    expect(Number(rows[0].gap)).toBeCloseTo(-0.0575, 12);
    expect(await records("targetProgress.csv?year=2016")).toHaveLength(1);
  });

  it("reconciliation: date and mission, register against UN, empty where the UN has no data", async () => {
    expect(await csv("reconciliation.csv?from=2016-07-01&to=2016-10-31&mission=MINUSTAH")).toBe([
      `date,level,mission_code,un_coverage,register_headcount,un_reported,difference,${PROVENANCE}`,
      // Both sides' sources: no register row overlaps the period, so those of the whole register
      // (synthetic); the UN's rows read (real, the latest of 2016-09-30).
      ...["2016-07-31,MISSION,MINUSTAH,NO_DATA,0,,", "2016-08-31,MISSION,MINUSTAH,REPORTED,0,84,-84", "2016-09-30,MISSION,MINUSTAH,REPORTED,0,80,-80", "2016-10-31,MISSION,MINUSTAH,NO_DATA,0,,"]
        .map((line) => `${line},MIXED,"fixture; synthetic demo",2016-09-30`),
      "",
    ].join("\n"));
  });

  it("reconciliation: the country-total row of a month the UN gave by country only has an empty mission code", async () => {
    // The fixture's 2018-05-31 UN row has no mission (25 Canadian individual police); nobody deployed then.
    expect(await csv("reconciliation.csv?from=2018-05-01&to=2018-05-31")).toBe([
      `date,level,mission_code,un_coverage,register_headcount,un_reported,difference,${PROVENANCE}`,
      `2018-05-31,COUNTRY_TOTAL,,REPORTED,0,25,-25,MIXED,"fixture; synthetic demo",2018-05-31`,
      "",
    ].join("\n"));
    const json = await get("reconciliation.json?from=2018-05-01&to=2018-05-31");
    expect(JSON.parse(json.text)).toEqual([
      {
        date: "2018-05-31", level: "COUNTRY_TOTAL", mission: null, unCoverage: "REPORTED", registerHeadcount: 0, unReported: 25, difference: -25,
        provenance: { data: "MIXED", sources: ["fixture", "synthetic demo"], asOf: "2018-05-31" },
      },
    ]);
  });

  it("JSON is the GraphQL result's rows", async () => {
    const { res, text } = await get("femaleParticipation.json?to=2023-12-31&groupBy=COUNTRY&countries=UKR,SDN");
    // In JSON the sources are the list itself.
    const synthetic2023 = { data: "SYNTHETIC", sources: ["synthetic demo"], asOf: "2023-12-31" };
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(JSON.parse(text)).toEqual([
      { key: { country: { iso3: "SDN" } }, officers: 1, known: 1, undisclosed: 0, female: null, male: null, anotherGender: null, rate: null, interval: null, personDays: 181, femalePersonDays: null, femalePersonDayShare: null, suppressed: true, provenance: synthetic2023 },
      { key: { country: { iso3: "UKR" } }, officers: 2, known: 2, undisclosed: 0, female: null, male: null, anotherGender: null, rate: null, interval: null, personDays: 730, femalePersonDays: null, femalePersonDayShare: null, suppressed: true, provenance: synthetic2023 },
    ]);
    const series = await get("reconciliation.json?from=2016-08-01&to=2016-08-31");
    expect(JSON.parse(series.text)).toEqual([{
      date: "2016-08-31", level: "MISSION", mission: { code: "MINUSTAH" }, unCoverage: "REPORTED", registerHeadcount: 0, unReported: 84, difference: -84,
      provenance: { data: "MIXED", sources: ["fixture", "synthetic demo"], asOf: "2016-08-31" },
    }]);
  });

  it("answers with a CSV content type, a dated file name, and a byte order mark when asked", async () => {
    const { res, text } = await get("trainingsDelivered.csv?groupBy=THEME&bom=true");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const today = new Date().toISOString().slice(0, 10);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="trainingsDelivered-${today}.csv"`);
    const bytes = new Uint8Array(await (await fetch(`${base()}/trainingsDelivered.csv?bom=true`)).arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, "d".charCodeAt(0)]);
    expect(text.startsWith("theme,")).toBe(true); // fetch's text() drops the BOM
    const json = await get("reconciliation.json?from=2016-08-01&to=2016-08-31");
    expect(json.res.headers.get("content-disposition")).toBe(`attachment; filename="reconciliation-${today}.json"`);
  });

  it("rejects bad parameters with 400 and an error naming the parameter", async () => {
    const cases: [string, string, string][] = [
      ["femaleParticipation.csv?from=2020-13-01", "from", 'Date "2020-13-01" is not a calendar date (there is no month 13); accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD'],
      ["femaleParticipation.csv?to=2101-01-01", "to", 'to: Date "2101-01-01" is after 2100-12-31; accepted: a calendar date between 1900-01-01 and 2100-12-31, written YYYY-MM-DD'],
      ["femaleParticipation.csv?from=2020-01-01&to=2019-01-01", "from", "from (2020-01-01) must not be after to (2019-01-01)"],
      ["femaleParticipation.csv?groupBy=YEAR,PLANET", "groupBy", 'groupBy must be one of YEAR, QUARTER, MONTH, MISSION, MISSION_KIND, COUNTRY, REGION, SUB_REGION, ORGANIZATION, ROLE, ROLE_CATEGORY, TEAM, POLICE_SERVICE, JURISDICTION, PROVINCE, RANK, SENIOR, got "PLANET"'],
      ["femaleParticipation.csv?groupBy=YEAR,YEAR", "groupBy", "groupBy names YEAR twice"],
      ["femaleParticipation.csv?missions=MINUSTAH,NOPE", "filter.missions", "NOPE"],
      ["femaleParticipation.csv?minCellSize=few", "minCellSize", 'minCellSize must be a whole number, got "few"'],
      ["femaleParticipation.csv?minCellSize=-1", "minCellSize", "minCellSize must be a whole number >= 0"],
      ["femaleParticipation.csv?colour=red", "colour", "femaleParticipation does not take colour"],
      ["femaleParticipation.csv?constructor=x", "constructor", "femaleParticipation does not take constructor"],
      ["femaleParticipation.csv?__proto__=x", "__proto__", "femaleParticipation does not take __proto__"],
      ["femaleParticipation.csv?table=everything", "table", "table of femaleParticipation must be one of rows, total"],
      ["femaleParticipation.csv?seniorOnly=maybe", "seniorOnly", 'seniorOnly must be true or false, got "maybe"'],
      ["headcountSeries.csv?from=2010-01-01&to=2010-12-31", "interval", "headcountSeries needs interval"],
      ["reconciliation.csv?from=2016-01-01&to=2016-12-31&mission=NOPE", "mission", 'mission: unknown code "NOPE"'],
      ["femaleParticipation.xml", "format", 'must end in .csv or .json, got "femaleParticipation.xml"'],
      // NUL cannot be stored or compared in PostgreSQL text: refused as /graphql refuses it, not a 500.
      ["femaleParticipation.csv?missions=MIN%00USTAH", "filter.missions", "Text must not contain the NUL character (\\u0000), got it in missions"],
      ["reconciliation.json?from=2016-01-01&to=2016-12-31&mission=A%00B", "mission", "Text must not contain the NUL character (\\u0000), got it in mission"],
      ["targetProgress.csv?indicator=%00", "indicator", "got it in indicator"],
    ];
    for (const [path, field, message] of cases) {
      const { res, text } = await get(path);
      expect(res.status, path).toBe(400);
      const body = JSON.parse(text);
      expect(body.errors[0].extensions, path).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(body.errors[0].message, path).toContain(message);
    }
    const missing = await get("nothing.csv");
    expect(missing.res.status).toBe(404);
    expect(JSON.parse(missing.text).errors[0].message).toContain('No export "nothing"');
  });
});
