import { PARTICIPATION_DIMENSIONS, ParticipationDimension, type ParticipationDimensionSpec } from "./dimensions";
import { countsOf, type GenderTally } from "./gender-tally";
import type { ParticipationFilterValues } from "./participation-filter";
import { UserInputError } from "../errors";
import { protectTable, type Protection } from "../disclosure/protect";
import type { TableCell } from "../disclosure/table";

/**
 * The most dimensions (grouped and filtered together) a suppressed report may combine. Every small
 * cell of a one- or two-dimensional table gets a shift that keeps all of its margins, and tables of
 * different pairs of dimensions share only one-dimensional margins, which no shift changes: what any
 * number of such answers shows together pins nothing. A third dimension would constrain the shifts
 * of the two-dimensional tables from below, which a request for those tables alone cannot know of
 * (measured in docs/disclosure.md): it is refused.
 */
export const MAX_PROTECTED_DIMENSIONS = 2;

const DIMENSION_ORDER = Object.values(ParticipationDimension);

/**
 * The dimensions a request's protection is computed over: those it groups by, those its filter
 * narrows (a filter on missions is a grouping by mission, keeping some), and SENIOR for
 * `seniorOnly`. In registry order, so the same table is built whichever order a request names them.
 */
export function protectedDimensions(
  groupBy: readonly ParticipationDimension[],
  filter: ParticipationFilterValues | null | undefined,
  seniorOnly: boolean | null | undefined,
): ParticipationDimension[] {
  const dims = new Set(groupBy);
  for (const d of filteredDimensions(filter, seniorOnly)) dims.add(d);
  const list = DIMENSION_ORDER.filter((d) => dims.has(d));
  if (list.length > MAX_PROTECTED_DIMENSIONS) {
    throw new UserInputError(
      `a suppressed report combines at most ${MAX_PROTECTED_DIMENSIONS} dimensions, grouped and filtered together (this one combines ${list.length}: ${list.join(", ")}); ` +
        "group or filter by fewer, or ask with an ANALYST key and minCellSize: 0",
      groupBy.length ? "groupBy" : "filter",
    );
  }
  return list;
}

/** The dimensions a filter (or `seniorOnly`) keeps some values of. */
export function filteredDimensions(filter: ParticipationFilterValues | null | undefined, seniorOnly: boolean | null | undefined): ParticipationDimension[] {
  const out = DIMENSION_ORDER.filter((d) => {
    const spec = filterOf(d);
    return spec && filter?.[spec.field] != null;
  });
  if (seniorOnly) out.push(ParticipationDimension.SENIOR);
  return DIMENSION_ORDER.filter((d) => out.includes(d));
}

/** The filter of a dimension, if it has one. */
function filterOf(d: ParticipationDimension): ParticipationDimensionSpec["filter"] {
  const spec: ParticipationDimensionSpec = PARTICIPATION_DIMENSIONS[d];
  return spec.filter;
}

/** A cell of the register table as disclosure control sees it. */
export interface RegisterCell {
  level: number;
  row: Record<string, unknown>;
  tally: GenderTally;
}

const keyText = (row: Record<string, unknown>, d: ParticipationDimension) => {
  const v = row[PARTICIPATION_DIMENSIONS[d].keyField];
  return v === null || v === undefined ? null : String(v);
};

/**
 * The register's cells over `dims` (all genders, no filter) with their protection: the published
 * status of any row of any request whose protected dimensions are these. A row is published only
 * when every cell of the table it is made of is.
 */
export class ProtectedTable {
  private readonly byLevel = new Map<number, RegisterCell[]>();
  /** Cells of a level by their values on some of its dimensions (built on first use). */
  private readonly index = new Map<string, Map<string, RegisterCell[]>>();

  /** The table of `cells` (grouped over `dims`) under primary and secondary suppression. */
  static async build(dims: readonly ParticipationDimension[], cells: readonly RegisterCell[], minCellSize: number): Promise<ProtectedTable> {
    const table: TableCell[] = cells.map((c) => {
      const counts = countsOf(c.tally);
      return {
        level: c.level, values: dims.map((d) => keyText(c.row, d)),
        known: counts.known, female: counts.female, male: counts.male, anotherGender: counts.anotherGender,
        personDays: counts.personDays, femalePersonDays: counts.femalePersonDays,
      };
    });
    return new ProtectedTable(dims, cells, await protectTable(table, dims.length, minCellSize));
  }

  private constructor(
    private readonly dims: readonly ParticipationDimension[],
    cells: readonly RegisterCell[],
    private readonly protection: Protection,
  ) {
    for (const c of cells) {
      const list = this.byLevel.get(c.level);
      if (list) list.push(c);
      else this.byLevel.set(c.level, [c]);
    }
  }

  get secondary(): number {
    return this.protection.secondary;
  }

  private levelOf(dims: Iterable<ParticipationDimension>): number {
    let level = 0;
    for (const d of dims) level |= 1 << this.dims.indexOf(d);
    return level;
  }

  /**
   * Whether a row of a request (grouped by `groupBy`, narrowed by `filter` and `seniorOnly`) must
   * hide its gender figures: some cell it is made of is hidden, or none is found.
   */
  hides(groupBy: readonly ParticipationDimension[], row: Record<string, unknown>, filter: ParticipationFilterValues | null | undefined, seniorOnly: boolean | null | undefined): boolean {
    const narrowed = filteredDimensions(filter, seniorOnly).filter((d) => !groupBy.includes(d));
    const level = this.levelOf([...groupBy, ...narrowed]);
    const project = (r: Record<string, unknown>) => JSON.stringify(groupBy.map((d) => keyText(r, d)));
    const indexKey = `${level}:${groupBy.join(",")}`;
    let index = this.index.get(indexKey);
    if (!index) {
      index = new Map();
      for (const c of this.byLevel.get(level) ?? []) {
        const k = project(c.row);
        const list = index.get(k);
        if (list) list.push(c);
        else index.set(k, [c]);
      }
      this.index.set(indexKey, index);
    }
    const parts = (index.get(project(row)) ?? []).filter((c) =>
      narrowed.every((d) => {
        if (d === ParticipationDimension.SENIOR && seniorOnly) return c.row.senior === true;
        const spec = filterOf(d);
        const wanted = spec ? (filter?.[spec.field] as readonly unknown[] | null | undefined) : null;
        return !wanted || wanted.includes(c.row[spec!.column]);
      }));
    if (!parts.length) return true;
    return parts.some((c) => this.protection.hidden(c.level, this.dims.map((d) => keyText(c.row, d))));
  }
}

