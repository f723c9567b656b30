// The Generation Equality report at scale: `npm run bench:report`.
// On the ~1,000,000-deployment register of bench/analytics.ts (a scratch database loaded for the run,
// or BENCH_KEEP_DATABASE=<name> to load once and reuse), in one process, with an anonymous caller:
// A. each core report that the report reads (src/core/reports/generation-equality/content.ts), called
//    alone with the same arguments, each with a fresh scope: the sum of their times is the baseline;
// B. the whole report built as `peaceops report generation-equality --year Y` builds it: its figures
//    (content), then the HTML with its charts rendered to SVG; and the PDF printed from that HTML when
//    a Chromium is found (timed apart: the goal is about the document, the printing is the browser's).
// Rounds alternate A B B A; medians of BENCH_RUNS rounds (default 4). The SQL statements of A and of
// B are counted, so that a report read twice, or one left out of A, shows. Prints the table and the
// ratio B / A (goal: at most 1.2). Nothing here asserts a speed.
import "reflect-metadata";
import { ParticipationDimension } from "../src/core/analytics/dimensions";
import { createDataSource } from "../src/core/db/data-source";
import { newSqlCost } from "../src/core/db/sql-trace";
import type { StatementMeter } from "../src/core/db/statement-meter";
import * as reports from "../src/core/reports";
import { generationEqualityContent, resolveOptions } from "../src/core/reports/generation-equality";
import { milestonesUpTo, targetsByIds } from "../src/core/repositories/wps.repository";
import { createScope, type Scope } from "../src/core/scope";
import { buildGenerationEqualityReport } from "../src/report/build";
import { findChromium, PdfPrinter } from "../src/report/pdf";
import { withLargeDatabase } from "./analytics";

const RUNS = Number(process.env.BENCH_RUNS ?? 4);
const YEAR = process.env.BENCH_REPORT_YEAR ?? "2025";

type Call = { name: string; run: (scope: Scope) => Promise<unknown> };

/** The reads of content.ts, one by one, with its arguments (period, YEAR groups, quarters, indicators). */
function reportCalls(from: string, to: string): Call[] {
  const targets = (indicator: string) => async (scope: Scope) => {
    const progress = await reports.targetProgress(scope, { indicator });
    return targetsByIds(scope.reads, progress.map((p) => p.targetId));
  };
  const participation = (seniorOnly: boolean) => (scope: Scope) =>
    reports.femaleParticipation(scope, { from, to, groupBy: [ParticipationDimension.YEAR], seniorOnly, minCellSize: null });
  return [
    { name: "femaleParticipation by year", run: participation(false) },
    { name: "targetProgress NAP_WOMEN_DEPLOYED_POLICE", run: targets("NAP_WOMEN_DEPLOYED_POLICE") },
    { name: "headcountSeries by quarter", run: (s) => reports.headcountSeries(s, { from, to, interval: "QUARTER", minCellSize: null }) },
    { name: "femaleParticipation senior, by year", run: participation(true) },
    { name: "targetProgress NAP_WOMEN_SENIOR_POLICE", run: targets("NAP_WOMEN_SENIOR_POLICE") },
    { name: "countryCoverage", run: (s) => reports.countryCoverage(s, { from, to, minCellSize: null }) },
    { name: "trainingsDelivered by theme, country", run: (s) => reports.trainingsDelivered(s, { from, to, groupBy: ["THEME", "COUNTRY"] }) },
    { name: "trainingsDelivered Ukraine DV by year", run: (s) => reports.trainingsDelivered(s, { from, to, groupBy: ["YEAR"], filter: { countries: ["UKR"], themes: ["DOMESTIC_VIOLENCE"] } }) },
    { name: "targetProgress GPS_IPO_WOMEN", run: targets("GPS_IPO_WOMEN") },
    { name: "targetProgress GPS_FPU_WOMEN", run: targets("GPS_FPU_WOMEN") },
    { name: "unContributionShare by year, type", run: (s) => reports.unContributionShare(s, { from, to, groupBy: ["YEAR", "PERSONNEL_TYPE"], filter: { personnelTypes: ["INDIVIDUAL_POLICE", "FORMED_POLICE_UNIT"] } }) },
    { name: "reconciliation", run: (s) => reports.reconciliation(s, { from, to }) },
    { name: "milestones", run: (s) => milestonesUpTo(s.reads, to) },
  ];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Times `fn`, given a meter that counts the statements of the scopes it makes. */
async function timed<T>(fn: (meter: StatementMeter) => Promise<T>): Promise<{ ms: number; statements: number; value: T }> {
  const started = performance.now();
  const cost = newSqlCost();
  const value = await fn({ cost });
  return { ms: performance.now() - started, statements: cost.statements, value };
}

async function main(): Promise<void> {
  await withLargeDatabase(async (url) => {
    const db = createDataSource({ url });
    await db.initialize();
    let chromium: string | null = null;
    try {
      chromium = findChromium();
    } catch (err) {
      console.log(`no PDF timing: ${(err as Error).message}`);
    }
    const printer = chromium ? new PdfPrinter(() => chromium!) : null;
    try {
      const { period } = resolveOptions({ year: YEAR });
      const calls = reportCalls(period.from, period.to);
      const perCall = new Map<string, number[]>(calls.map((c) => [c.name, []]));
      const sums: number[] = [];
      const contents: number[] = [];
      const documents: number[] = [];
      const pdfs: number[] = [];
      let statements = { alone: 0, report: 0 };

      const roundA = async () => {
        let sum = 0;
        let count = 0;
        for (const c of calls) {
          const t = await timed((m) => c.run(createScope(db, "bench", undefined, m)));
          perCall.get(c.name)!.push(t.ms);
          sum += t.ms;
          count += t.statements;
        }
        sums.push(sum);
        statements.alone = count;
      };
      const roundB = async () => {
        const content = await timed((m) => generationEqualityContent(createScope(db, "bench", undefined, m), resolveOptions({ year: YEAR })));
        contents.push(content.ms);
        const doc = await timed((m) => buildGenerationEqualityReport(createScope(db, "bench", undefined, m), { year: YEAR }));
        documents.push(doc.ms);
        statements.report = doc.statements;
        if (printer) pdfs.push((await timed((m) => buildGenerationEqualityReport(createScope(db, "bench", undefined, m), { year: YEAR, format: "pdf" }, undefined, printer))).ms);
      };

      console.log(`warm-up, then ${RUNS} rounds A B B A (A: the reports alone; B: the report), --year ${YEAR} = ${period.from} .. ${period.to}`);
      await roundA();
      await roundB();
      for (const c of perCall.values()) c.length = 0;
      sums.length = contents.length = documents.length = pdfs.length = 0;
      for (let i = 0; i < RUNS; i++) {
        if (i % 2 === 0) {
          await roundA();
          await roundB();
        } else {
          await roundB();
          await roundA();
        }
        process.stdout.write(`  round ${i + 1}/${RUNS}: reports alone ${sums.at(-1)!.toFixed(0)} ms, report ${documents.at(-1)!.toFixed(0)} ms\n`);
      }

      console.log();
      console.log("| read | median ms |");
      console.log("|---|---:|");
      for (const [name, ms] of perCall) console.log(`| ${name} | ${median(ms).toFixed(0)} |`);
      const sum = median(sums);
      const doc = median(documents);
      console.log(`| **sum of the reports alone** (${statements.alone} statements) | **${sum.toFixed(0)}** |`);
      console.log(`| the report's figures (content) | ${median(contents).toFixed(0)} |`);
      console.log(`| **the report, HTML with its charts** (${statements.report} statements) | **${doc.toFixed(0)}** |`);
      if (pdfs.length) console.log(`| the report as PDF (figures, HTML, printing) | ${median(pdfs).toFixed(0)} |`);
      console.log();
      console.log(`ratio report / sum of its reports: ${(doc / sum).toFixed(2)} (goal at most 1.2)`);
      if (statements.alone !== statements.report) console.log(`note: the report sent ${statements.report} statements, its reports alone ${statements.alone}`);
    } finally {
      await printer?.close();
      await db.destroy();
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
