import loadHighs from "highs";
import type { TableCell } from "./table";

/** What a shift moves: a woman for a man (`fm`), an officer of another gender for a man (`am`) or for a woman (`af`). */
export type ShiftKind = "fm" | "am" | "af";

type Solver = Awaited<ReturnType<typeof loadHighs>>;
let solver: Promise<Solver> | null = null;
/** HiGHS, a well-kept LP solver (compiled to WebAssembly), loaded once per process when first needed. */
export const lpSolver = () => (solver ??= loadHighs());

/**
 * When no cycle or hypercube fits a sparse table, the shift that protects a cell is found by linear
 * programming: a change s of each cell's women (and the opposite change of its men, so -female <= s
 * <= male) such that every relation of the level keeps its sum (`rhs`: 0, or the shift a coarser
 * hypercube asks of it), with the cells `fixed` (the small cell moved by one). Cells already withheld
 * are nearly free to use; each visible one costs one, so the shift withholds as few new cells as it can.
 */
export interface ShiftProblem {
  kind: ShiftKind;
  cells: readonly TableCell[];
  relations: readonly { members: readonly TableCell[]; rhs: number }[];
  fixed: ReadonlyMap<TableCell, number>;
  isHidden: (c: TableCell) => boolean;
}

/** How far a cell can move each way: a positive shift takes the first, a negative one the second. */
export const ROOM: Record<ShiftKind, [(c: TableCell) => number, (c: TableCell) => number]> = {
  fm: [(c) => c.male, (c) => c.female],
  am: [(c) => c.male, (c) => c.anotherGender],
  af: [(c) => c.female, (c) => c.anotherGender],
};

/** The shift (non-zero entries only), or null when no shift exists. */
export function solveShift(highs: Solver, p: ShiftProblem): Map<TableCell, number> | null {
  const index = new Map(p.cells.map((c, i) => [c, i]));
  const term = (c: TableCell, coef = 1) => {
    const i = index.get(c)!;
    return `${coef < 0 ? "-" : "+"} ${Math.abs(coef)} u${i} ${coef < 0 ? "+" : "-"} ${Math.abs(coef)} v${i}`;
  };
  const rows: string[] = [];
  for (const r of p.relations) {
    if (!r.members.length) continue;
    rows.push(` r${rows.length}: ${lines(r.members.map((c) => term(c)))} = ${r.rhs}`);
  }
  for (const [c, v] of p.fixed) rows.push(` r${rows.length}: ${term(c)} = ${v}`);
  const objective = lines(p.cells.map((c, i) => `+ ${p.isHidden(c) ? 0.001 : 1} u${i} + ${p.isHidden(c) ? 0.001 : 1} v${i}`));
  const [up, down] = ROOM[p.kind];
  const bounds = p.cells.flatMap((c, i) => [` 0 <= u${i} <= ${up(c)}`, ` 0 <= v${i} <= ${down(c)}`]);
  const r = highs.solve(`Minimize\n obj: ${objective}\nSubject To\n${rows.join("\n")}\nBounds\n${bounds.join("\n")}\nEnd`);
  if (r.Status !== "Optimal") return null;
  const out = new Map<TableCell, number>();
  p.cells.forEach((c, i) => {
    const s = (r.Columns[`u${i}`]?.Primal ?? 0) - (r.Columns[`v${i}`]?.Primal ?? 0);
    if (Math.abs(s) > 1e-9) out.set(c, s);
  });
  return out;
}

/** Terms of a long expression, a few per line (LP files keep lines short). */
function lines(terms: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i += 8) out.push(terms.slice(i, i + 8).join(" "));
  return out.join("\n  ");
}
