import type { Queryable } from "../repositories/sql";
import type { Gender } from "../domain/enums";
import { filteredDimensions, protectedDimensions, ProtectedTable } from "./protected-table";
import { levelsOf } from "../disclosure/table";
import { keyOf } from "./dimension-keys";
import { PARTICIPATION_DIMENSIONS, type ParticipationDimension, type ParticipationKeyValues } from "./dimensions";
import { countsOf, type TallyCounts } from "./gender-tally";
import { participationCells, referencedRows, type ParticipationCell, type ReferencedRows } from "./participation-cells";
import type { ParticipationFilterValues } from "./participation-filter";
import { rate, wilsonInterval } from "./wilson";
import type { Period } from "./period";

export interface ParticipationRowValues {
  key: ParticipationKeyValues;
  /** Null only when a `genders` filter makes the row's counts gender figures and the row is suppressed. */
  officers: number | null;
  known: number | null;
  undisclosed: number | null;
  female: number | null;
  male: number | null;
  anotherGender: number | null;
  rate: number | null;
  interval: { low: number; high: number } | null;
  personDays: number | null;
  femalePersonDays: number | null;
  femalePersonDayShare: number | null;
  suppressed: boolean;
}

const EMPTY_KEY: ParticipationKeyValues = keyOf(PARTICIPATION_DIMENSIONS, {});

/**
 * docs/definitions.md 2, 4, 7, 8: rates, interval and person-day share, hidden when `suppressed`. Under a
 * `genders` filter the counts themselves say how many officers of those genders there are, so a
 * suppressed row hides them too.
 */
export function participationRow(key: ParticipationKeyValues, c: TallyCounts, suppressed: boolean, byGender: boolean): ParticipationRowValues {
  const hideCounts = suppressed && byGender;
  return {
    key,
    officers: hideCounts ? null : c.officers,
    known: hideCounts ? null : c.known,
    undisclosed: hideCounts ? null : c.undisclosed,
    personDays: hideCounts ? null : c.personDays,
    suppressed,
    female: suppressed ? null : c.female,
    male: suppressed ? null : c.male,
    anotherGender: suppressed ? null : c.anotherGender,
    rate: suppressed ? null : rate(c.female, c.known),
    interval: suppressed ? null : wilsonInterval(c.female, c.known),
    femalePersonDays: suppressed ? null : c.femalePersonDays,
    femalePersonDayShare: suppressed ? null : rate(c.femalePersonDays, c.knownPersonDays),
  };
}

export interface ParticipationQuery {
  period: Period;
  filter?: ParticipationFilterValues | null;
  groupBy: ParticipationDimension[];
  seniorOnly?: boolean | null;
  minCellSize: number;
  /**
   * Whether the total is wanted (by default it is). Without it, and without disclosure control,
   * the register is not counted a second time for the total: `total` is then null.
   */
  total?: boolean;
  /**
   * Whether person-days are wanted (by default they are). Without them, and without disclosure
   * control (whose table weighs person-days too), they are not summed: personDays,
   * femalePersonDays and femalePersonDayShare are then null.
   */
  personDays?: boolean;
}

/** A participation report: its total, its rows, and the rows its keys point at (the missions, roles, ... of its groups). */
export interface ParticipationReportValues<Total = ParticipationRowValues | null> {
  total: Total;
  rows: ParticipationRowValues[];
  references: ReferencedRows;
}

const maskOf = (dims: readonly ParticipationDimension[], of: readonly ParticipationDimension[]) =>
  of.reduce((m, d) => m | (1 << dims.indexOf(d)), 0);

/**
 * Officers deployed and women's participation (docs/definitions.md 1-4, 6-8), grouped in SQL.
 *
 * With a minimum cell size, the figures are published under disclosure control (docs/disclosure.md):
 * the register is tabulated over every combination of the dimensions the request groups or filters
 * by, without its filters, and a row shows its gender figures only if every cell of that table it
 * is made of is published. One statement, or two when a filter or `seniorOnly` narrows the request
 * (the request's own figures, and the table that decides what they may show).
 */
export async function femaleParticipation(db: Queryable, q: ParticipationQuery & { total?: true }): Promise<ParticipationReportValues<ParticipationRowValues>>;
export async function femaleParticipation(db: Queryable, q: ParticipationQuery): Promise<ParticipationReportValues>;
export async function femaleParticipation(db: Queryable, q: ParticipationQuery): Promise<ParticipationReportValues> {
  const genders: readonly Gender[] | null = q.filter?.genders ?? null;
  const narrowed = filteredDimensions(q.filter, q.seniorOnly).length > 0;
  let cells: ParticipationCell[];
  let groupLevel: number;
  let table: ProtectedTable | null = null;
  // Without disclosure control, a total nobody asked for is not counted (with it, the table that
  // decides what may show has the total anyway).
  const skipTotal = q.total === false && q.minCellSize <= 0 && q.groupBy.length > 0;
  const skipDays = q.personDays === false && q.minCellSize <= 0;
  if (q.minCellSize > 0) {
    const dims = protectedDimensions(q.groupBy, q.filter, q.seniorOnly);
    const canonical = await participationCells(db, { period: q.period, dims, levels: levelsOf(dims.length) });
    table = await ProtectedTable.build(dims, canonical, q.minCellSize);
    if (narrowed) {
      cells = await participationCells(db, { period: q.period, filter: q.filter, seniorOnly: q.seniorOnly, dims: q.groupBy, levels: [(1 << q.groupBy.length) - 1, 0] });
      groupLevel = (1 << q.groupBy.length) - 1;
    } else {
      cells = canonical;
      groupLevel = maskOf(dims, q.groupBy);
    }
  } else {
    const full = (1 << q.groupBy.length) - 1;
    cells = await participationCells(db, { period: q.period, filter: q.filter, seniorOnly: q.seniorOnly, dims: q.groupBy, levels: q.groupBy.length ? (skipTotal ? [full] : [full, 0]) : [0], days: !skipDays });
    groupLevel = full;
  }
  const toRow = (c: ParticipationCell | undefined, groupBy: readonly ParticipationDimension[]) => {
    const counts = countsOf(c?.tally ?? { officers: zeros(), days: zeros() }, genders);
    const all = countsOf(c?.tally ?? { officers: zeros(), days: zeros() });
    const suppressed = all.known < q.minCellSize || (table !== null && (!c || table.hides(groupBy, c.row, q.filter, q.seniorOnly)));
    const row = participationRow(c ? keyOf(PARTICIPATION_DIMENSIONS, groupBy.length ? c.row : {}) : EMPTY_KEY, counts, suppressed, genders !== null);
    return { row: skipDays ? { ...row, personDays: null, femalePersonDays: null, femalePersonDayShare: null } : row, counts };
  };
  // No deployment at all leaves no cell, hence no total: zeros.
  if (!q.groupBy.length) {
    const total = toRow(cells.find((c) => c.level === 0), []).row;
    return { total, rows: total.officers !== 0 && (total.officers !== null || total.suppressed) ? [total] : [], references: [] };
  }
  const total = skipTotal ? null : toRow(cells.find((c) => c.level === 0), []).row;
  const rows: ParticipationRowValues[] = [];
  for (const c of cells) {
    if (c.level !== groupLevel) continue;
    const { row, counts } = toRow(c, q.groupBy);
    // A report lists groups with an officer (of the filtered genders); a suppressed group is listed
    // whatever its genders, or its presence would tell.
    if (counts.officers > 0 || row.suppressed) rows.push(row);
  }
  return { total, rows, references: referencedRows(q.groupBy, cells.filter((c) => c.level === groupLevel)) };
}

const zeros = (): Record<Gender, number> => ({ FEMALE: 0, MALE: 0, ANOTHER_GENDER: 0, UNDISCLOSED: 0 }) as Record<Gender, number>;
