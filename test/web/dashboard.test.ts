import fs from "node:fs";
import axe from "axe-core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { dashboardReady, useBrowser, screenshotPath, watchPage, type PageWatch } from "../support/browser";

// The dashboard in Debian's Chromium against a real server on the fixture database: every figure it
// shows is read back from its data tables and compared with the API's answer to the same question.
const FROM = "2015-01-01";
const TO = "2024-12-31";

type Rows = Record<string, string>[];

/** The data rows of a figure's table: each row's data-* attributes and its cells' text. */
async function tableRows(page: Page, figure: string): Promise<Rows> {
  return page.$$eval(`[data-figure="${figure}"] tbody tr`, (trs) =>
    trs.map((tr) => {
      const row: Record<string, string> = { ...(tr as HTMLElement).dataset } as Record<string, string>;
      row.cells = [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent ?? "").join("|");
      return row;
    }),
  );
}

const provenanceOf = (page: Page, figure: string) => page.getAttribute(`[data-figure="${figure}"] [data-provenance]`, "data-provenance");

/** Marks the current view stale, does `action`, and waits for the next view to be drawn. */
async function redraw(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => (document.documentElement.dataset.ready = "stale"));
  await action();
  await dashboardReady(page);
}

describe.each(databaseTargets().slice(0, 1))("the dashboard in a real browser ($name)", (target) => {
  const fx = useFixtureApp(target);
  const chrome = useBrowser(() => fx.app.port);

  async function open(path = "/", viewport = { width: 1280, height: 900 }): Promise<{ page: Page; watch: PageWatch }> {
    const page = await chrome.browser.newPage({ viewport, acceptDownloads: true });
    const watch = watchPage(page, chrome.origin);
    await page.goto(`${chrome.origin}${path}`);
    await dashboardReady(page);
    return { page, watch };
  }

  const api = async (query: string, variables: Record<string, unknown>, token: string | null = null) => {
    const res = await fx.app.gql(query, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  it("shows the API's figures, suppressed cells as suppressed, each with its provenance, with no error and nothing from elsewhere", async () => {
    const { page, watch } = await open();
    const vars = { from: FROM, to: TO };
    const data = await api(
      `query($from: Date!, $to: Date!) {
        femaleParticipation(from: $from, to: $to, groupBy: [YEAR]) { rows { key { year } officers female rate suppressed } provenance { data } }
        headcountSeries(from: $from, to: $to, interval: QUARTER) { date officers female suppressed provenance { data } }
        countryCoverage(from: $from, to: $to) { countriesCount countries { country { iso3 } officers } byYear { year countries cumulativeCountries } provenance { data } }
        trainingsDelivered(from: $from, to: $to, groupBy: [THEME, COUNTRY]) { rows { key { theme country { iso3 } } deliveries participants } provenance { data } }
        unContributionShare(from: $from, to: $to, groupBy: [YEAR, PERSONNEL_TYPE], filter: { personnelTypes: [INDIVIDUAL_POLICE, FORMED_POLICE_UNIT] }) { rows { key { year personnelType } female total rate } provenance { data } }
        reconciliation(from: $from, to: $to) { date mission { code } difference provenance { data } }
      }`,
      vars,
    );

    const participation = await tableRows(page, "participation");
    expect(participation.map((r) => [Number(r.year), r.suppressed === "true" ? "suppressed" : Number(r.rate), Number(r.officers)])).toEqual(
      data.femaleParticipation.rows.map((r: any) => [r.key.year, r.suppressed ? "suppressed" : r.rate, r.officers]),
    );
    // A withheld cell says so, and shows no number where its share would be.
    const withheld = participation.filter((r) => r.suppressed === "true");
    expect(withheld.length).toBe(data.femaleParticipation.rows.filter((r: any) => r.suppressed).length);
    for (const r of withheld) expect(r.cells.split("|").slice(3)).toEqual(["suppressed", "suppressed", "suppressed"]);
    expect(await provenanceOf(page, "participation")).toBe(data.femaleParticipation.provenance.data);

    const headcount = await tableRows(page, "headcount");
    expect(headcount.map((r) => [r.date, Number(r.officers), r.suppressed === "true" ? "suppressed" : Number(r.female)])).toEqual(
      data.headcountSeries.map((p: any) => [p.date, p.officers, p.suppressed ? "suppressed" : p.female]),
    );
    expect(await provenanceOf(page, "headcount")).toBe(data.headcountSeries[0].provenance.data);

    const coverage = await tableRows(page, "coverage-map");
    expect(coverage.map((r) => [r.country, Number(r.officers)])).toEqual(data.countryCoverage.countries.map((c: any) => [c.country.iso3, c.officers]));
    expect(await page.getAttribute("[data-countries-count]", "data-countries-count")).toBe(String(data.countryCoverage.countriesCount));
    const years = await tableRows(page, "coverage-years");
    expect(years.map((r) => [Number(r.year), Number(r.countries), Number(r.cumulative)])).toEqual(data.countryCoverage.byYear.map((y: any) => [y.year, y.countries, y.cumulativeCountries]));
    expect(await provenanceOf(page, "coverage-map")).toBe(data.countryCoverage.provenance.data);

    const trainings = await tableRows(page, "trainings");
    expect(trainings.map((r) => [r.theme, r.country, Number(r.deliveries), Number(r.participants)])).toEqual(
      data.trainingsDelivered.rows.map((r: any) => [r.key.theme, r.key.country.iso3, r.deliveries, r.participants]),
    );
    expect(await provenanceOf(page, "trainings")).toBe(data.trainingsDelivered.provenance.data);

    const un = await tableRows(page, "un-shares");
    expect(un.map((r) => [Number(r.year), r.type, Number(r.female), Number(r.total)])).toEqual(data.unContributionShare.rows.map((r: any) => [r.key.year, r.key.personnelType, r.female, r.total]));
    expect(await provenanceOf(page, "un-shares")).toBe(data.unContributionShare.provenance.data);

    const differ = data.reconciliation.filter((r: any) => r.difference !== null && r.difference !== 0);
    expect((await tableRows(page, "reconciliation")).map((r) => [r.date, r.mission, Number(r.difference)])).toEqual(differ.map((r: any) => [r.date, r.mission?.code ?? "", r.difference]));
    expect(await provenanceOf(page, "reconciliation")).toBe(data.reconciliation[0].provenance.data);

    // Every chart is an SVG, named for assistive technology by its caption.
    for (const figure of ["participation", "headcount", "coverage-map", "coverage-years", "trainings", "un-shares"]) {
      expect(await page.getAttribute(`[data-chart="${figure}"]`, "role"), figure).toBe("img");
      expect(await page.getAttribute(`[data-chart="${figure}"]`, "aria-label"), figure).toBe(await page.textContent(`[data-figure="${figure}"] .caption`));
      expect(await page.locator(`[data-chart="${figure}"] svg`).count(), figure).toBe(1);
    }
    // The map draws the world's countries (world-atlas's 177), served by this origin.
    expect(await page.locator('[data-chart="coverage-map"] svg path').count()).toBeGreaterThanOrEqual(177);
    await page.screenshot({ path: screenshotPath("dashboard-anonymous"), fullPage: true });
    expect(watch.problems).toEqual([]);
    expect(watch.otherOrigins).toEqual([]);
    await page.close();
  });

  it("keeps the view in the URL: a changed filter redraws the figures from the API, and the link opens the same view", async () => {
    const { page, watch } = await open();
    await redraw(page, async () => {
      await page.fill("#from", "2016-01-01");
      await page.fill("#to", "2023-12-31");
      await page.selectOption("#by", "MISSION");
      await page.click("button[type=submit]:has-text('Apply')");
    });
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: "2016-01-01", to: "2023-12-31", by: "MISSION" });
    const vars = { from: "2016-01-01", to: "2023-12-31" };
    const data = await api(
      `query($from: Date!, $to: Date!) {
        femaleParticipation(from: $from, to: $to, groupBy: [YEAR, MISSION]) { rows { key { year mission { code } } officers rate suppressed } }
        headcountSeries(from: $from, to: $to, interval: QUARTER) { date officers }
      }`,
      vars,
    );
    const rows = await tableRows(page, "participation");
    expect(rows.map((r) => [Number(r.year), r.group, Number(r.officers), r.suppressed === "true" ? "suppressed" : Number(r.rate)])).toEqual(
      data.femaleParticipation.rows.map((r: any) => [r.key.year, r.key.mission.code, r.officers, r.suppressed ? "suppressed" : r.rate]),
    );
    expect((await tableRows(page, "headcount")).map((r) => r.date)).toEqual(data.headcountSeries.map((p: any) => p.date));

    // A mission chosen from the list narrows the register's figures.
    await redraw(page, async () => {
      await page.selectOption("#missions", ["CPM-UKRAINE"]);
      await page.click("button[type=submit]:has-text('Apply')");
    });
    expect(new URL(page.url()).searchParams.get("missions")).toBe("CPM-UKRAINE");
    const narrowed = await api(`query($from: Date!, $to: Date!) { countryCoverage(from: $from, to: $to, filter: { missions: ["CPM-UKRAINE"] }) { countries { country { iso3 } officers } } }`, vars);
    expect((await tableRows(page, "coverage-map")).map((r) => [r.country, Number(r.officers)])).toEqual(narrowed.countryCoverage.countries.map((c: any) => [c.country.iso3, c.officers]));

    // The same link in a new page: the same form and the same rows.
    const shared = await open(`${url.pathname}?${new URL(page.url()).searchParams}`);
    expect(await shared.page.inputValue("#from")).toBe("2016-01-01");
    expect(await shared.page.inputValue("#by")).toBe("MISSION");
    expect(await tableRows(shared.page, "coverage-map")).toEqual(await tableRows(page, "coverage-map"));
    // Back: the previous view again.
    await redraw(page, () => page.goBack());
    expect(new URL(page.url()).searchParams.get("missions")).toBeNull();
    expect(watch.problems).toEqual([]);
    expect(shared.watch.problems).toEqual([]);
    await shared.page.close();
    await page.close();
  });

  it("names what is wrong with a link's parameters and shows the default view instead", async () => {
    const { page, watch } = await open("/?from=2020-02-30&by=SHOE_SIZE");
    const alert = await page.textContent("[aria-label='Problems with this link']");
    expect(alert).toContain("from=2020-02-30 is not a date: use YYYY-MM-DD, for example 2015-01-01");
    expect(alert).toContain("by=SHOE_SIZE is not a dimension: use one of MISSION,");
    expect(await page.inputValue("#from")).toBe(FROM);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it("says a figure with no rows has none, rather than giving it a provenance it does not have", async () => {
    // No quarter or month end falls in the first half of January.
    const { page, watch } = await open("/?from=2015-01-01&to=2015-01-15");
    const data = await api(`{ headcountSeries(from: "2015-01-01", to: "2015-01-15", interval: QUARTER) { date } reconciliation(from: "2015-01-01", to: "2015-01-15") { date } }`, {});
    expect(data).toEqual({ headcountSeries: [], reconciliation: [] });
    for (const figure of ["headcount", "reconciliation"]) {
      expect(await provenanceOf(page, figure), figure).toBe("NONE");
      expect(await page.textContent(`[data-figure="${figure}"] .provenance`), figure).toBe("no figures in this period");
      expect(await tableRows(page, figure), figure).toEqual([]);
    }
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it("sends an API key from the session only: an ANALYST sees the API's answer for that key", async () => {
    const { page, watch } = await open();
    const sent: (string | undefined)[] = [];
    page.on("request", (r) => r.url().endsWith("/graphql") && sent.push(r.headers().authorization));
    await redraw(page, async () => {
      await page.fill("#api-key", fx.tokens.ANALYST);
      await page.click("button:has-text('Use key')");
    });
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent)).toEqual(new Set([`Bearer ${fx.tokens.ANALYST}`]));
    const data = await api(`{ femaleParticipation(from: "${FROM}", to: "${TO}", groupBy: [YEAR]) { rows { key { year } rate suppressed } } }`, {}, fx.tokens.ANALYST);
    expect((await tableRows(page, "participation")).map((r) => [Number(r.year), r.suppressed === "true" ? "suppressed" : Number(r.rate)])).toEqual(
      data.femaleParticipation.rows.map((r: any) => [r.key.year, r.suppressed ? "suppressed" : r.rate]),
    );
    // In this tab's session storage, nowhere else: not in the URL, local storage or a cookie.
    const stored = await page.evaluate(() => ({ session: sessionStorage.getItem("peaceops.apiKey"), local: localStorage.length, cookie: document.cookie }));
    expect(stored).toEqual({ session: fx.tokens.ANALYST, local: 0, cookie: "" });
    expect(page.url()).not.toContain(fx.tokens.ANALYST);
    // The CSV download goes through /export with the key: the same bytes as the route gives that key.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-figure='participation'] button:has-text('Download data (CSV)')")]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    const direct = await fetch(`${chrome.origin}/export/femaleParticipation.csv?from=${FROM}&to=${TO}&groupBy=YEAR`, { headers: { authorization: `Bearer ${fx.tokens.ANALYST}` } });
    expect(csv).toBe(await direct.text());
    expect(download.suggestedFilename()).toMatch(/^femaleParticipation-\d{4}-\d{2}-\d{2}\.csv$/);
    // The chart as SVG: Vega's drawing of the same figure.
    const [svg] = await Promise.all([page.waitForEvent("download"), page.click("[data-figure='headcount'] button:has-text('Download chart (SVG)')")]);
    expect(svg.suggestedFilename()).toBe("headcount.svg");
    expect(fs.readFileSync((await svg.path())!, "utf8")).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*Officers[\s\S]*<\/svg>$/);
    // The report button builds the Generation Equality report of the chosen period.
    const [report] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.click("button:has-text('Build report (HTML)')")]);
    const html = fs.readFileSync((await report.path())!, "utf8");
    expect(report.suggestedFilename()).toBe(`generation-equality-${FROM}-${TO}.html`);
    expect(html).toContain("Generation Equality");
    expect(html).toContain(FROM);
    await page.click("button:has-text('Forget key')");
    expect(await page.evaluate(() => sessionStorage.getItem("peaceops.apiKey"))).toBeNull();
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it("passes axe-core with no serious violation, is usable by keyboard, and fits a phone's width", async () => {
    const { page, watch } = await open();
    // Opened data tables are checked too.
    await page.$$eval("details", (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.evaluate(axe.source);
    const results = (await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ["violations"] }))) as axe.AxeResults;
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(serious).toEqual([]);

    // The first Tab reaches the skip link, and following it lands on the figures.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the figures");
    // The form works from the keyboard: a date typed in and Enter applies it.
    await redraw(page, async () => {
      await page.focus("#to");
      await page.keyboard.type("12312020");
      await page.keyboard.press("Enter");
    });
    expect(new URL(page.url()).searchParams.get("to")).toBe("2020-12-31");

    const phone = await open("/", { width: 390, height: 844 });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.page.screenshot({ path: screenshotPath("dashboard-phone"), fullPage: true });
    expect(watch.problems).toEqual([]);
    expect(phone.watch.problems).toEqual([]);
    await phone.page.close();
    await page.close();
  });
});
