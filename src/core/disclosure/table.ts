/**
 * A table to protect: the cells of one universe (a period of the register) grouped by every
 * combination of a few dimensions. A cell at level L is grouped by the dimensions whose bit is set
 * in L; level 0 is the total. Cells carry what secondary suppression needs: how many officers of
 * known gender they hold and how many of them are women, men and of another gender.
 */
export interface TableCell {
  /** Bit i set: the cell is grouped by the table's i-th dimension. */
  level: number;
  /** One value per dimension of the table, as text; null where the cell is not grouped by it (or the value is null). */
  values: readonly (string | null)[];
  known: number;
  female: number;
  male: number;
  anotherGender: number;
  /** Person-days of the cell's deployments, and of women's (0 where a table has none). */
  personDays: number;
  femalePersonDays: number;
}

/** A cell's identity within its table: its level and its values on the dimensions of that level. */
export function cellId(level: number, values: readonly (string | null)[]): string {
  // Values are codes and ids: control characters separate them and stand for null and "not grouped".
  let id = `${level}`;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    id += level & (1 << i) ? (v === null ? "\u0001\u0000" : `\u0001${v}`) : "\u0001\u0002";
  }
  return id;
}

/** The identity of the cell one level coarser: `cell` without dimension `dim`. */
export function marginId(cell: TableCell, dim: number): string {
  return cellId(cell.level & ~(1 << dim), cell.values);
}

export const popcount = (n: number) => {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
};

/** Every level of a table of `dims` dimensions, coarsest first: by number of dimensions, then by bits. */
export function levelsOf(dims: number): number[] {
  return Array.from({ length: 1 << dims }, (_, i) => i).sort((a, b) => popcount(a) - popcount(b) || a - b);
}
