import { combined, provenanceOf, type ProvenanceValues } from "../../analytics/provenance";
import { ParticipationDimension } from "../../analytics/dimensions";
import { UnCoverage } from "../../analytics/reconciliation";
import type { Period } from "../../analytics/period";
import { resolveMinCellSize } from "../../policy";
import { milestonesUpTo, targetsByIds } from "../../repositories/wps.repository";
import type { Scope } from "../../scope";
import * as reports from "../index";
import type { GenerationEqualityOptions } from "./options";

/**
 * The Generation Equality report's content: every figure, read from the core's reports with the
 * caller's scope (so with the caller's suppression and access rules), section by section, with the
 * definitions each cites (docs/definitions.md), its period and its provenance. No layout, no text.
 */

export type Interval = { low: number; high: number } | null;

/** A women's rate of one year of the register (definitions 2, 3, 7, 8); null figures when suppressed. */
export interface RateYear {
  year: number;
  officers: number | null;
  known: number | null;
  female: number | null;
  rate: number | null;
  interval: Interval;
  suppressed: boolean;
}

/** A target of an indicator and, in its own year, the actual value (definitions 12). */
export interface TargetLine {
  indicator: string;
  year: number;
  value: number;
  actual: number | null;
  met: boolean | null;
}

export interface SectionBase {
  id: SectionId;
  /** The sections of docs/definitions.md it follows. */
  definitions: number[];
  period: Period;
  provenance: ProvenanceValues;
}

export interface RateSection extends SectionBase {
  id: "women-share" | "senior";
  rows: RateYear[];
  targets: TargetLine[];
}

export interface HeadcountPoint {
  date: string;
  officers: number | null;
  known: number | null;
  women: number | null;
  /** known − women: men and officers of another gender (the series has no count of men alone). */
  others: number | null;
  suppressed: boolean;
}

export interface HeadcountSection extends SectionBase {
  id: "headcount";
  points: HeadcountPoint[];
}

export interface CoverageSection extends SectionBase {
  id: "countries";
  countriesCount: number;
  byYear: { year: number; countries: number; cumulativeCountries: number }[];
}

export interface TrainingRow {
  theme: string | null;
  country: string | null;
  year: number | null;
  deliveries: number;
  participants: number;
  femaleParticipants: number;
  femaleShare: number | null;
}

export interface TrainingSection extends SectionBase {
  id: "trainings";
  byThemeCountry: TrainingRow[];
  ukraineDomesticViolence: TrainingRow[];
}

export interface UnTarget {
  indicator: string;
  personnelType: string;
  year: number;
  value: number;
  latestYear: number | null;
  latestValue: number | null;
  trendPerYear: number | null;
  neededPerYear: number | null;
  projectedValue: number | null;
  onTrack: boolean | null;
}

export interface UnShareRow {
  year: number;
  personnelType: string;
  snapshots: number;
  female: number;
  total: number;
  rate: number | null;
}

export interface UnSection extends SectionBase {
  id: "un";
  targets: UnTarget[];
  shares: UnShareRow[];
}

export interface ReconciliationRow {
  date: string;
  mission: string | null;
  level: string;
  registerHeadcount: number;
  unReported: number;
  difference: number;
}

export interface ReconciliationSection extends SectionBase {
  id: "reconciliation";
  /** Rows by what the UN's data holds (definitions 13). */
  coverage: Record<string, number>;
  compared: number;
  differing: ReconciliationRow[];
}

export interface Milestone {
  date: string;
  title: string;
  description: string;
  category: string;
  country: string | null;
  mission: string | null;
  source: string;
}

export interface MilestoneSection extends SectionBase {
  id: "milestones";
  milestones: Milestone[];
}

export type Section = RateSection | HeadcountSection | CoverageSection | TrainingSection | UnSection | ReconciliationSection | MilestoneSection;
export type SectionId = "women-share" | "headcount" | "senior" | "countries" | "trainings" | "un" | "reconciliation" | "milestones";
export const SECTION_IDS: readonly SectionId[] = ["women-share", "headcount", "senior", "countries", "trainings", "un", "reconciliation", "milestones"];

export interface GenerationEqualityContent {
  period: Period;
  year: number | null;
  /** The minimum cell size in effect, and whether the caller lowered it below the default. */
  minCellSize: number;
  sections: Section[];
}

/** Tells who builds the report that a section is being read (a progress line). */
export type SectionProgress = (id: SectionId, index: number, total: number) => void;

const INDICATORS = { all: "NAP_WOMEN_DEPLOYED_POLICE", senior: "NAP_WOMEN_SENIOR_POLICE" } as const;
const UN_INDICATORS: Record<string, string> = { GPS_IPO_WOMEN: "INDIVIDUAL_POLICE", GPS_FPU_WOMEN: "FORMED_POLICE_UNIT" };

type Ctx = { scope: Scope; period: Period; minCellSize: number | null };

const provenance = (p: ProvenanceValues | null | undefined, period: Period): ProvenanceValues => p ?? provenanceOf([], period.to);

async function targetsOf(scope: Scope, indicator: string) {
  const progress = await reports.targetProgress(scope, { indicator });
  const targets = new Map((await targetsByIds(scope.reads, progress.map((p) => p.targetId))).map((t) => [t.pk, t]));
  return progress.map((p) => ({ progress: p, target: targets.get(p.targetId)! }));
}

async function rateSection(c: Ctx, id: "women-share" | "senior"): Promise<RateSection> {
  const seniorOnly = id === "senior";
  const report = await reports.femaleParticipation(c.scope, { from: c.period.from, to: c.period.to, groupBy: [ParticipationDimension.YEAR], seniorOnly, minCellSize: c.minCellSize });
  const targets = await targetsOf(c.scope, seniorOnly ? INDICATORS.senior : INDICATORS.all);
  return {
    id, definitions: seniorOnly ? [2, 3, 6, 7, 8, 12] : [1, 2, 3, 7, 8, 12], period: c.period,
    provenance: provenance(report.provenance, c.period),
    rows: report.rows.map((r) => ({
      year: r.key.year as number, officers: r.officers, known: r.known, female: r.female, rate: r.rate, interval: r.interval, suppressed: r.suppressed,
    })),
    targets: targets.map(({ progress, target }) => ({ indicator: seniorOnly ? INDICATORS.senior : INDICATORS.all, year: target.year, value: target.value, actual: progress.actual, met: progress.met })),
  };
}

async function headcountSection(c: Ctx): Promise<HeadcountSection> {
  const points = await reports.headcountSeries(c.scope, { from: c.period.from, to: c.period.to, interval: "QUARTER", minCellSize: c.minCellSize });
  return {
    id: "headcount", definitions: [5, 8], period: c.period,
    provenance: provenance((points[0] as { provenance?: ProvenanceValues } | undefined)?.provenance, c.period),
    points: points.map((p) => ({
      date: p.date, officers: p.officers, known: p.known, women: p.female, suppressed: p.suppressed,
      others: p.known === null || p.female === null ? null : p.known - p.female,
    })),
  };
}

async function coverageSection(c: Ctx): Promise<CoverageSection> {
  const report = await reports.countryCoverage(c.scope, { from: c.period.from, to: c.period.to, minCellSize: c.minCellSize });
  return {
    id: "countries", definitions: [10], period: c.period, provenance: provenance(report.provenance, c.period),
    countriesCount: report.countriesCount, byYear: report.byYear.map((y) => ({ year: y.year, countries: y.countries, cumulativeCountries: y.cumulativeCountries })),
  };
}

type TrainingKey = { theme?: string | null; countryIso3?: string | null; year?: number | null };

async function trainingSection(c: Ctx): Promise<TrainingSection> {
  const [byThemeCountry, ukraine] = await Promise.all([
    reports.trainingsDelivered(c.scope, { from: c.period.from, to: c.period.to, groupBy: ["THEME", "COUNTRY"] }),
    reports.trainingsDelivered(c.scope, { from: c.period.from, to: c.period.to, groupBy: ["YEAR"], filter: { countries: ["UKR"], themes: ["DOMESTIC_VIOLENCE"] } }),
  ]);
  const row = (r: (typeof byThemeCountry.rows)[number]): TrainingRow => {
    const key = r.key as TrainingKey;
    return {
      theme: key.theme ?? null, country: key.countryIso3 ?? null, year: key.year ?? null,
      deliveries: r.deliveries, participants: r.participants, femaleParticipants: r.femaleParticipants, femaleShare: r.femaleShare,
    };
  };
  const parts = [byThemeCountry.provenance, ukraine.provenance].filter((p): p is ProvenanceValues => Boolean(p));
  return {
    id: "trainings", definitions: [9], period: c.period, provenance: combined(parts, c.period.to),
    byThemeCountry: byThemeCountry.rows.map(row), ukraineDomesticViolence: ukraine.rows.map(row),
  };
}

async function unSection(c: Ctx): Promise<UnSection> {
  const targets = (await Promise.all(Object.keys(UN_INDICATORS).map((code) => targetsOf(c.scope, code).then((list) => list.map((t) => ({ ...t, code })))))).flat();
  const shares = await reports.unContributionShare(c.scope, {
    from: c.period.from, to: c.period.to, groupBy: ["YEAR", "PERSONNEL_TYPE"], filter: { personnelTypes: Object.values(UN_INDICATORS) as never },
  });
  const parts = [shares.provenance, ...targets.map((t) => t.progress.provenance)].filter((p): p is ProvenanceValues => Boolean(p));
  const asOf = parts.map((p) => p.asOf).filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;
  return {
    id: "un", definitions: [11, 12], period: c.period, provenance: combined(parts, asOf),
    targets: targets.map(({ progress: p, target, code }) => ({
      indicator: code, personnelType: UN_INDICATORS[code], year: target.year, value: target.value, latestYear: p.latestYear, latestValue: p.latestValue,
      trendPerYear: p.trendPerYear, neededPerYear: p.neededPerYear, projectedValue: p.projectedValue, onTrack: p.onTrack,
    })),
    shares: shares.rows.map((r) => {
      const key = r.key as { year?: number; personnelType?: string };
      return { year: key.year!, personnelType: key.personnelType!, snapshots: r.snapshots, female: r.female, total: r.total, rate: r.rate };
    }),
  };
}

async function reconciliationSection(c: Ctx): Promise<ReconciliationSection> {
  const rows = await reports.reconciliation(c.scope, { from: c.period.from, to: c.period.to });
  const coverage: Record<string, number> = {};
  for (const r of rows) coverage[r.unCoverage] = (coverage[r.unCoverage] ?? 0) + 1;
  const differing = rows.filter((r) => r.unCoverage === UnCoverage.REPORTED && r.difference !== null && r.difference !== 0);
  const missions = await Promise.all(differing.map((r) => (r.missionId === null ? null : c.scope.loaders.missionById.load(r.missionId))));
  const first = rows[0] as { provenance?: ProvenanceValues } | undefined;
  return {
    id: "reconciliation", definitions: [5, 13, 14], period: c.period, provenance: provenance(first?.provenance, c.period),
    coverage, compared: rows.filter((r) => r.unCoverage === UnCoverage.REPORTED).length,
    differing: differing.map((r, i) => ({
      date: r.date, mission: missions[i]?.code ?? null, level: r.level, registerHeadcount: r.registerHeadcount, unReported: r.unReported!, difference: r.difference!,
    })),
  };
}

async function milestoneSection(c: Ctx): Promise<MilestoneSection> {
  const rows = await milestonesUpTo(c.scope.reads, c.period.to);
  return {
    id: "milestones", definitions: [14], period: c.period,
    // Reference data: real, each milestone with its own source.
    provenance: provenanceOf(rows.map((m) => m.source), rows.at(-1)?.date ?? c.period.to),
    milestones: rows.map((m) => ({ date: m.date, title: m.title, description: m.description, category: m.category, country: m.countryIso3, mission: m.missionCode, source: m.source })),
  };
}

const READERS: Record<SectionId, (c: Ctx) => Promise<Section>> = {
  "women-share": (c) => rateSection(c, "women-share"),
  headcount: headcountSection,
  senior: (c) => rateSection(c, "senior"),
  countries: coverageSection,
  trainings: trainingSection,
  un: unSection,
  reconciliation: reconciliationSection,
  milestones: milestoneSection,
};

/**
 * Reads every section's figures, one after another (a progress line follows them), through the
 * core's reports with the caller's scope: an anonymous caller gets suppressed figures, an ANALYST
 * may lower the minimum cell size (FORBIDDEN otherwise, as the reports say).
 */
export async function generationEqualityContent(scope: Scope, options: GenerationEqualityOptions, progress?: SectionProgress): Promise<GenerationEqualityContent> {
  const minCellSize = resolveMinCellSize(options.minCellSize, scope.caller);
  const ctx: Ctx = { scope, period: options.period, minCellSize: options.minCellSize };
  const sections: Section[] = [];
  for (const [i, id] of SECTION_IDS.entries()) {
    progress?.(id, i, SECTION_IDS.length);
    sections.push(await READERS[id](ctx));
  }
  return { period: options.period, year: options.year, minCellSize, sections };
}
