import type { TableCell } from "./table";

/**
 * A hypercube of withheld cells (the method of tau-ARGUS's GHMITER): a small cell and, along each
 * dimension of its level, one partner value; its corners are every combination. Adding one woman to
 * the even corners and taking one from the odd ones (a man or an officer of another gender the other
 * way) changes no row, column or margin of the table, at any level: an intruder who sees every other
 * cell, whatever programme they solve, cannot tell the true table from the shifted one. So each
 * corner's figures have a range of at least one officer, as long as the corners have room to move.
 */
export interface Corner {
  cell: TableCell;
  /** Even corners move one way, odd corners the other. */
  odd: boolean;
}

type CountFigure = "female" | "male" | "anotherGender";

/** Whether the corners can all move by one in some direction for a count figure. */
export function countRoom(corners: readonly Corner[], g: CountFigure): boolean {
  const up = (c: TableCell) => c.known - c[g] >= 1;
  const down = (c: TableCell) => c[g] >= 1;
  return corners.every((k) => (k.odd ? down(k.cell) : up(k.cell))) || corners.every((k) => (k.odd ? up(k.cell) : down(k.cell)));
}

/** The same for women's person-days, bounded by each cell's person-days. */
export function daysRoom(corners: readonly Corner[]): boolean {
  const up = (c: TableCell) => c.personDays - c.femalePersonDays >= 1;
  const down = (c: TableCell) => c.femalePersonDays >= 1;
  return corners.every((k) => (k.odd ? down(k.cell) : up(k.cell))) || corners.every((k) => (k.odd ? up(k.cell) : down(k.cell)));
}

/**
 * How badly a set of corners protects: 0 when women, men, officers of another gender and women's
 * person-days can all move; women and men count most. Cells with nobody of known gender have nothing
 * to hide but no room either.
 */
export function weakness(corners: readonly Corner[]): number {
  return (countRoom(corners, "female") ? 0 : 4) + (countRoom(corners, "male") ? 0 : 4) +
    (countRoom(corners, "anotherGender") ? 0 : 1) + (daysRoom(corners) ? 0 : 2);
}

/** The cartesian product of candidate lists. */
export function* combinations<T>(lists: readonly (readonly T[])[]): Generator<T[]> {
  if (!lists.length) {
    yield [];
    return;
  }
  const [first, ...rest] = lists;
  for (const x of first) for (const tail of combinations(rest)) yield [x, ...tail];
}
