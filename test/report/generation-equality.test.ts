import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliContext } from "../../src/cli/context";
import { reportCommand } from "../../src/cli/report.command";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { figures } from "./figures";

const pick = (all: Record<string, string>[], figure: string, measure: string) => all.filter((f) => f.figure === figure && f.measure === measure);

/*
 * The report on the shared fixture (test/support/fixture.ts), 2010-01-01..2023-12-31, plus the UN's
 * Gender Parity Strategy indicators with a 2028 target each. Expected figures come from /graphql,
 * asked independently of the report's code path.
 */
describe.each(databaseTargets())("the Generation Equality report on the $name database", (target) => {
  const fx = useFixtureApp(target, {
    setup: async (db) => {
      await db.query(`INSERT INTO wps_indicator (id, code, name, unit, source, computation) VALUES
        (2, 'GPS_IPO_WOMEN', 'Women among UN individual police', 'PERCENT', 'UN_GPS_2018_2028', 'UN share'),
        (3, 'GPS_FPU_WOMEN', 'Women among UN formed police units', 'PERCENT', 'UN_GPS_2018_2028', 'UN share')`);
      await db.query(`INSERT INTO wps_target (indicator_id, year, value) VALUES (2, 2028, 0.3), (3, 2028, 0.2)`);
    },
  });
  const PERIOD = "from=2010-01-01&to=2023-12-31";
  const get = async (query: string, token: string | null = null, ext = "html") => {
    const res = await fetch(`http://127.0.0.1:${fx.app.port}/reports/generation-equality.${ext}?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { res, text: await res.text() };
  };

  it("gives an ANALYST the figures of /graphql, cell by cell, with the minimum cell size it asked", async () => {
    const { res, text } = await get(`${PERIOD}&minCellSize=0`, fx.tokens.ANALYST);
    expect(res.status, text).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html; charset=utf-8/);
    const api = await fx.app.gql(`{
      femaleParticipation(from: "2010-01-01", to: "2023-12-31", groupBy: [YEAR], minCellSize: 0) { rows { key { year } known female rate interval { low high } } }
      unContributionShare(from: "2010-01-01", to: "2023-12-31", groupBy: [YEAR, PERSONNEL_TYPE], filter: { personnelTypes: [INDIVIDUAL_POLICE, FORMED_POLICE_UNIT] }) { rows { key { year personnelType } female total rate } }
      trainingsDelivered(from: "2010-01-01", to: "2023-12-31", groupBy: [YEAR], filter: { countries: ["UKR"], themes: ["DOMESTIC_VIOLENCE"] }) { rows { key { year } participants } }
      countryCoverage(from: "2010-01-01", to: "2023-12-31", minCellSize: 0) { byYear { year countries cumulativeCountries } }
      headcountSeries(from: "2010-01-01", to: "2023-12-31", interval: QUARTER, minCellSize: 0) { date female }
    }`, {}, { token: fx.tokens.ANALYST });
    expect(api.errors).toBeUndefined();
    const all = figures(text);
    const d = api.data;
    expect(pick(all, "women-share", "rate").map((f) => [Number(f.year), f.value === "" ? null : Number(f.value)]))
      .toEqual(d.femaleParticipation.rows.map((r: any) => [r.key.year, r.rate]));
    expect(pick(all, "women-share", "female").map((f) => Number(f.value))).toEqual(d.femaleParticipation.rows.map((r: any) => r.female));
    const withInterval = d.femaleParticipation.rows.filter((r: any) => r.interval);
    expect(pick(all, "women-share", "interval").filter((f) => f.value).map((f) => f.value.split(",").map(Number)))
      .toEqual(withInterval.map((r: any) => [r.interval.low, r.interval.high]));
    expect(pick(all, "un-share", "rate").map((f) => [Number(f.year), f["personnel-type"], Number(f.value)]))
      .toEqual(d.unContributionShare.rows.map((r: any) => [r.key.year, r.key.personnelType, r.rate]));
    expect(pick(all, "ukraine-dv", "participants").map((f) => [Number(f.year), Number(f.value)])).toEqual(d.trainingsDelivered.rows.map((r: any) => [r.key.year, r.participants]));
    expect(pick(all, "countries", "cumulative").map((f) => [Number(f.year), Number(f.value)])).toEqual(d.countryCoverage.byYear.map((y: any) => [y.year, y.cumulativeCountries]));
    expect(pick(all, "headcount", "women").map((f) => [f.date, Number(f.value)])).toEqual(d.headcountSeries.map((p: any) => [p.date, p.female]));
    expect(text).toContain("minimum cell size 0, lowered below the default of 5 by an ANALYST");
  });

  it("shows an anonymous caller suppressed cells as suppressed, never 0, and says so", async () => {
    const { res, text } = await get(PERIOD);
    expect(res.status, text).toBe(200);
    const rates = pick(figures(text), "women-share", "rate");
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.every((f) => f.value === "suppressed")).toBe(true);
    expect(text).toMatch(/data-measure="female"[^>]*data-value="suppressed">suppressed</);
    expect(text).toContain("groups of fewer than 5 officers of known gender are suppressed");
  });

  it("refuses a lower minCellSize without an ANALYST key", async () => {
    const { res, text } = await get(`${PERIOD}&minCellSize=0`);
    expect(res.status).toBe(403);
    expect(JSON.parse(text).errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("labels register figures SYNTHETIC and the UN's REAL; no script, no external URL; each chart with a title and a description", async () => {
    const { text } = await get(PERIOD);
    const section = (id: string) => text.slice(text.indexOf(`<h2 id="${id}">`), text.indexOf("<h2", text.indexOf(`<h2 id="${id}">`) + 5));
    for (const id of ["women-share", "headcount", "senior", "countries", "trainings"]) {
      expect(section(id)).toContain('data-provenance="SYNTHETIC"');
      expect(section(id)).toContain("SYNTHETIC data");
    }
    expect(section("un")).toContain('data-provenance="REAL"');
    expect(section("reconciliation")).toContain('data-provenance="MIXED"');
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    const svgs = [...text.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs.length).toBe(6);
    for (const svg of svgs) expect(svg).toMatch(/^<svg [^>]*><title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
    const ids = [...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is byte-identical from one run to the next", async () => {
    const [a, b] = [await get(PERIOD), await get(PERIOD)];
    expect(a.text).toBe(b.text);
    expect(a.text).toMatch(/sha256:[0-9a-f]{64}/);
  });

  it("writes French when asked", async () => {
    const { text } = await get(`${PERIOD}&lang=fr`);
    expect(text).toContain('<html lang="fr">');
    expect(text).toContain("1. Les femmes parmi les policiers canadiens déployés, par année");
    expect(text).toContain("Données SYNTHÉTIQUES");
    expect(text).toContain(">supprimé<");
    expect(text).toContain("Part des femmes");
  });

  it("answers a bad option with a 400 naming what it accepts", async () => {
    const cases: [string, string, RegExp][] = [
      ["year=abc", "html", /year must be a year YYYY/],
      ["lang=de", "html", /lang must be one of en, fr, got "de"/],
      [PERIOD, "docx", /must end in \.html, \.md or \.pdf/],
      ["from=2020-01-01", "html", /from and to go together/],
      ["colour=red", "html", /takes no parameter colour \(it takes year, from, to, lang, paper, minCellSize\)/],
    ];
    for (const [query, ext, message] of cases) {
      const { res, text } = await get(query, null, ext);
      expect(res.status, query).toBe(400);
      expect(JSON.parse(text).errors[0].message).toMatch(message);
    }
  });

  it("gives the Markdown over HTTP too", async () => {
    const { res, text } = await get(PERIOD, null, "md");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(text).toMatch(/^# Generation Equality report/);
  });

  it("writes report.md, one SVG and one CSV per chart with --format md --out-dir", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-report-"));
    try {
      const stdout = new PassThrough();
      const statuses: string[] = [];
      const ctx = { io: { stdout, progress: () => { throw new Error("no progress"); }, status: (t: string) => statuses.push(t) }, lend: (_p: string, run: (d: { db: unknown }) => Promise<unknown>) => run({ db: fx.database.db }) } as unknown as CliContext;
      await reportCommand(ctx, "generation-equality", { from: "2010-01-01", to: "2023-12-31", format: "md", outDir: dir, lang: "fr" });
      expect(statuses.slice(0, -1)).toEqual(["women-share", "headcount", "senior", "countries", "trainings", "un", "reconciliation", "milestones"].map((id, i) => `report: section ${i + 1}/8 (${id})`));
      expect(statuses.at(-1)).toMatch(/^report: 8 sections read in \d+\.\d s$/);
      const files = fs.readdirSync(dir).sort();
      expect(files).toEqual(["chart-countries.csv", "chart-countries.svg", "chart-headcount.csv", "chart-headcount.svg", "chart-senior.csv", "chart-senior.svg",
        "chart-ukraine-dv.csv", "chart-ukraine-dv.svg", "chart-un.csv", "chart-un.svg", "chart-women-share.csv", "chart-women-share.svg", "report.md"]);
      const md = fs.readFileSync(path.join(dir, "report.md"), "utf8");
      expect(md).toContain("## 1. Les femmes parmi les policiers canadiens déployés, par année");
      expect(md).toContain("![");
      expect(fs.readFileSync(path.join(dir, "chart-women-share.csv"), "utf8").split("\n")[0]).toBe("year,officers,known,female,rate,interval,target");
      await expect(reportCommand(ctx, "generation-equality", { format: "docx" })).rejects.toThrow(/--format must be one of html, md, pdf, got "docx"/);
      await expect(reportCommand(ctx, "generation-equality", { lang: "de", outDir: dir })).rejects.toThrow(/--lang must be one of en, fr, got "de"/);
      await expect(reportCommand(ctx, "wps", {})).rejects.toThrow(/reports are generation-equality/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
