import { alternatingPath, canMove, findShape, type Direction } from "./cycle";
import { combinations, weakness, type Corner } from "./hypercube";
import { lpSolver, ROOM, solveShift, type ShiftKind } from "./shift-lp";
import { cellId, levelsOf, marginId, popcount, type TableCell } from "./table";

export interface Protection {
  /** Whether the cell's gender figures are withheld (primary or secondary). */
  hidden(level: number, values: readonly (string | null)[]): boolean;
  /** Cells withheld because they are small (known < minCellSize). */
  primary: number;
  /** Cells withheld so that no small one can be derived from the others. */
  secondary: number;
}

/** Byte order of the cells' values, null last: a fixed, request-independent order. */
function compareCells(a: TableCell, b: TableCell): number {
  for (let i = 0; i < a.values.length; i++) {
    const x = a.values[i];
    const y = b.values[i];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * A shift that protects a small cell: the cells it moves at one level, each by `weight` women (men
 * the other way), with every relation of the table keeping its sum. It is carried to every finer
 * level of the table (`lift`: the value of a new dimension all its cells took; `delegated`: levels
 * where another shift, found there, carries it on).
 */
interface Shift {
  /** A woman for a man, or an officer of another gender for a woman or man. */
  kind: ShiftKind;
  level: number;
  cells: { values: (string | null)[]; weight: number }[];
  lift: Map<number, string | null>;
  delegated: number[];
  /** Carrying it failed: finer levels withhold every child of its cells. */
  broken: boolean;
  /** Lift values to take where possible (those of the shift this one was derived from). */
  prefer?: Map<number, string | null>;
}

/** Hypercubes tried per small cell, at most. */
const MAX_COMBINATIONS = 4096;

const bitsOf = (level: number, dims: number) => Array.from({ length: dims }, (_, i) => i).filter((i) => level & (1 << i));
/** Whether every corner can move by one, one way or the other, in the figures a kind of shift moves. */
function roomFor(kind: ShiftKind, corners: readonly Corner[]): boolean {
  const [up, down] = ROOM[kind];
  return corners.every((k) => (k.odd ? down(k.cell) : up(k.cell)) >= 1) || corners.every((k) => (k.odd ? up(k.cell) : down(k.cell)) >= 1);
}

const asCorners = (cells: readonly { cell: TableCell; weight: number }[]): Corner[] => cells.map((k) => ({ cell: k.cell, odd: k.weight < 0 }));

/**
 * Primary and secondary suppression over every level of a table (docs/disclosure.md).
 *
 * Primary: a cell with fewer officers of known gender than `minCellSize` is withheld. Secondary:
 * each small cell gets a shift (cycle.ts, hypercube.ts): withheld cells such that moving one officer
 * between women and men along them changes no margin of the table, so an intruder who sees every
 * other figure cannot tell the true table from the shifted one. The cheapest is taken: cells already
 * withheld first, then the fewest and least informative (fewest officers of known gender); where no
 * cycle or hypercube fits, a linear programme finds one (shift-lp.ts). At every finer level the shift
 * is carried along, so that the finer cells do not add up to what it moves.
 *
 * Levels are protected coarsest first and a level never withholds a cell of a coarser one: the
 * status of a cell depends only on its own level and the coarser levels inside it. A request grouped
 * by fewer dimensions computes the same statuses for its cells, so what one request shows is what
 * another request's protection assumed shown. Ties break on the cells' values: the same request
 * always withholds the same cells.
 */
export async function protectTable(cells: readonly TableCell[], dims: number, minCellSize: number): Promise<Protection> {
  const byId = new Map<string, TableCell>();
  const byLevel = new Map<number, TableCell[]>();
  for (const c of cells) {
    byId.set(cellId(c.level, c.values), c);
    const list = byLevel.get(c.level);
    if (list) list.push(c);
    else byLevel.set(c.level, [c]);
  }
  const hiddenIds = new Set<string>();
  let primary = 0;
  for (const c of cells) {
    if (c.known < minCellSize) {
      hiddenIds.add(cellId(c.level, c.values));
      primary++;
    }
  }
  const result = (secondary: number): Protection => ({ hidden: (level, values) => hiddenIds.has(cellId(level, values)), primary, secondary });
  if (minCellSize === 0 || primary === 0) return result(0);
  const highs = await lpSolver();
  const ids = new WeakMap<TableCell, string>();
  const idOf = (c: TableCell) => {
    let id = ids.get(c);
    if (id === undefined) ids.set(c, (id = cellId(c.level, c.values)));
    return id;
  };
  const isHidden = (c: TableCell) => hiddenIds.has(idOf(c));
  const at = (level: number, values: readonly (string | null)[]) => byId.get(cellId(level, values));
  let secondary = 0;
  const hide = (c: TableCell) => {
    const id = idOf(c);
    if (!hiddenIds.has(id)) {
      hiddenIds.add(id);
      secondary++;
    }
  };
  /** Ranks candidate cells: weakest protection first, then new withholdings, then their size. */
  const cost = (corners: Corner[]) => {
    const fresh = corners.filter((k) => !isHidden(k.cell));
    return [weakness(corners), fresh.length, fresh.reduce((s, k) => s + k.cell.known, 0)];
  };
  const better = (a: number[], b: number[] | null): boolean => {
    if (!b) return true;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
    return false;
  };
  /** The relations of a level: for each of its dimensions, the cells of each line along it. */
  const linesOf = (level: number) => {
    const out: { dim: number; margin: string; members: TableCell[] }[] = [];
    for (const d of bitsOf(level, dims)) {
      const groups = new Map<string, TableCell[]>();
      for (const c of byLevel.get(level) ?? []) {
        const m = marginId(c, d);
        const g = groups.get(m);
        if (g) g.push(c);
        else groups.set(m, [c]);
      }
      for (const [margin, members] of groups) out.push({ dim: d, margin, members });
    }
    return out;
  };
  const apply = (kind: ShiftKind, moved: Map<TableCell, number>, level: number, prefer?: Map<number, string | null>): Shift => {
    for (const c of moved.keys()) hide(c);
    return { kind, level, cells: [...moved].map(([c, weight]) => ({ values: [...c.values], weight })), lift: new Map(), delegated: [], broken: false, prefer };
  };
  const shifts: Shift[] = [];
  for (const level of levelsOf(dims)) {
    if (level === 0) continue;
    const levelCells = (byLevel.get(level) ?? []).sort(compareCells);
    const valuesOf = (d: number) => [...new Set(levelCells.map((c) => c.values[d]))];
    const lines = linesOf(level);
    // 1. Shifts of coarser levels, carried to this one.
    const derived: Shift[] = [];
    /** Cells of this level that some shift moves between another gender and women or men. */
    const anotherMoved = new Set<TableCell>();
    const weak = (kind: ShiftKind, corners: Corner[]) => !roomFor(kind, corners);
    for (const shift of shifts) {
      if ((shift.level & ~level) !== 0 || shift.level === level || shift.broken) continue;
      if (shift.delegated.some((l) => (l & ~level) === 0)) continue;
      const extra = bitsOf(level & ~shift.level, dims);
      const extend = (e: (string | null)[]) => shift.cells.map((k) => {
        const values = [...k.values];
        extra.forEach((d, j) => (values[d] = e[j]));
        return { cell: at(level, values)!, weight: k.weight };
      });
      let chosen: { cell: TableCell; weight: number }[] | null = null;
      if (extra.length === 1) {
        let best: number[] | null = null;
        for (const e of valuesOf(extra[0])) {
          const moved = extend([e]);
          if (moved.some((k) => !k.cell)) continue;
          const c = cost(asCorners(moved));
          c.splice(1, 0, shift.prefer?.has(extra[0]) && shift.prefer.get(extra[0]) !== e ? 1 : 0);
          if (better(c, best)) {
            best = c;
            chosen = moved;
            shift.lift.set(extra[0], e);
          }
        }
        if (!chosen || weak(shift.kind, asCorners(chosen))) {
          // No value of the new dimension lets every cell move: a shift found at this level carries it.
          const carried = carry(shift, level, extra[0]);
          if (carried) {
            shift.delegated.push(level);
            derived.push(apply(shift.kind, carried, level, shift.lift));
            if (shift.kind !== "fm") for (const c of carried.keys()) anotherMoved.add(c);
            continue;
          }
        }
      } else if (extra.every((d) => shift.lift.has(d))) {
        const moved = extend(extra.map((d) => shift.lift.get(d)!));
        if (moved.every((k) => k.cell)) chosen = moved;
      }
      if (chosen) {
        for (const k of chosen) hide(k.cell);
        if (shift.kind !== "fm" && !weak(shift.kind, asCorners(chosen))) for (const k of chosen) anotherMoved.add(k.cell);
      } else {
        shift.broken = true;
        for (const k of shift.cells) for (const c of levelCells) if (bitsOf(shift.level, dims).every((i) => c.values[i] === k.values[i])) hide(c);
      }
    }
    shifts.push(...derived);
    // 2. A shift for each small cell of this level.
    const bits = bitsOf(level, dims);
    const perDim = Math.max(3, Math.floor(Math.pow(MAX_COMBINATIONS, 1 / bits.length)));
    for (const p of levelCells) {
      if (p.known >= minCellSize || p.known === 0) continue;
      const shape = findShape({ small: p, dims: bits, valuesOf, at: (values) => at(level, values), isHidden, partnersPerDim: Math.min(perDim, 6) });
      if (shape) {
        const sign = shape.dir === "womenIn" ? 1 : -1;
        shifts.push(apply("fm", new Map(shape.corners.map((k) => [at(level, k.values)!, k.odd ? -sign : sign])), level));
        continue;
      }
      const moved = lpShift(p, level, lines, "fm");
      if (moved) {
        shifts.push(apply("fm", moved, level));
        continue;
      }
      // Nothing can move the cell: its figures follow from what a coarser cell shows of all its
      // officers (none or all of them women), or from withheld cells whose own shifts protect them.
      // The hypercube that protects best is still withheld around it.
      const partners = bits.map((i) => valuesOf(i).filter((v) => v !== p.values[i])
        .map((v) => ({ v, cell: at(level, p.values.map((x, j) => (j === i ? v : x))) }))
        .filter((x): x is { v: string | null; cell: TableCell } => !!x.cell)
        .sort((a, b) => Number(isHidden(b.cell)) - Number(isHidden(a.cell)) || a.cell.known - b.cell.known || compareCells(a.cell, b.cell))
        .slice(0, perDim).map((x) => x.v));
      if (partners.some((l) => !l.length)) continue;
      let best: number[] | null = null;
      let chosen: TableCell[] = [];
      for (const combo of combinations(partners)) {
        const corners = Array.from({ length: 1 << bits.length }, (_, pattern) => {
          const values = [...p.values];
          bits.forEach((d, j) => {
            if (pattern & (1 << j)) values[d] = combo[j];
          });
          return { cell: at(level, values)!, odd: popcount(pattern) % 2 === 1 };
        });
        if (corners.some((k) => !k.cell)) continue;
        const c = cost(corners);
        if (better(c, best)) {
          best = c;
          chosen = corners.map((k) => k.cell);
        }
      }
      for (const c of chosen) hide(c);
    }
    // 3. Officers of another gender are few: every withheld cell whose count of them a shift does not
    // move yet gets one of its own, unless a shown coarser cell has none (or only) of them.
    for (const c of levelCells) {
      if (!isHidden(c) || c.known === 0 || anotherMoved.has(c) || anotherIsShown(c)) continue;
      // Against men first, or women; a cell with officers of another gender only needs both.
      const kinds: ShiftKind[] = c.female + c.male === 0 ? ["am", "af"] : c.male >= c.female ? ["am", "af"] : ["af", "am"];
      for (const kind of kinds) {
        const shape = findShape({ small: c, dims: bits, valuesOf, at: (values) => at(level, values), isHidden, partnersPerDim: Math.min(perDim, 6), kind });
        const sign = shape?.dir === "womenIn" ? 1 : -1;
        const moved = shape ? new Map(shape.corners.map((k) => [at(level, k.values)!, k.odd ? -sign : sign])) : lpShift(c, level, lines, kind);
        if (!moved) continue;
        shifts.push(apply(kind, moved, level));
        for (const x of moved.keys()) anotherMoved.add(x);
        if (c.female + c.male > 0) break;
      }
    }
  }
  return result(secondary);

  /** A shown coarser cell states the count for all its officers: none, or all, of another gender. */
  function anotherIsShown(c: TableCell): boolean {
    for (let m = 0; m < (1 << dims); m++) {
      if (m === c.level || (m & ~c.level) !== 0) continue;
      const a = at(m, c.values);
      if (a && !isHidden(a) && ((c.anotherGender === 0 && a.anotherGender === 0) || (c.anotherGender === c.known && a.anotherGender === a.known))) return true;
    }
    return false;
  }

  /** A shift of this level that moves the small cell by one, by linear programming. */
  function lpShift(p: TableCell, level: number, lines: { members: TableCell[] }[], kind: ShiftKind): Map<TableCell, number> | null {
    let best: { moved: Map<TableCell, number>; cost: number } | null = null;
    const [canUp, canDown] = ROOM[kind].map((room) => room(p) >= 1);
    for (const s of [canUp ? 1 : 0, canDown ? -1 : 0]) {
      if (!s) continue;
      const moved = solveShift(highs, { kind, cells: byLevel.get(level) ?? [], relations: lines.map((l) => ({ members: l.members, rhs: 0 })), fixed: new Map([[p, s]]), isHidden });
      if (!moved) continue;
      const c = [...moved.keys()].filter((x) => !isHidden(x)).length;
      if (!best || c < best.cost) best = { moved, cost: c };
    }
    return best?.moved ?? null;
  }

  /**
   * A shift of `level` (one dimension finer than the shift's) whose cells add up, along the new
   * dimension, to what the coarser shift moves, and to nothing along the others: for a pair, the
   * cheapest alternating path through the new dimension; otherwise by linear programming.
   */
  function carry(shift: Shift, level: number, extra: number): Map<TableCell, number> | null {
    if (shift.cells.length === 2) {
      const [p, q] = shift.cells;
      const d = p.values.findIndex((v, i) => v !== q.values[i]);
      const dir: Direction = p.weight > 0 ? "womenIn" : "womenOut";
      const cellsHere = byLevel.get(level) ?? [];
      const cellAt = (a: string | null, b: string | null) => {
        const values = [...p.values];
        values[d] = a;
        values[extra] = b;
        return at(level, values);
      };
      const path = alternatingPath({ side: "row", v: p.values[d] }, { side: "row", v: q.values[d] }, false,
        [...new Set(cellsHere.map((c) => c.values[d]))], [...new Set(cellsHere.map((c) => c.values[extra]))],
        (a, b, odd) => { const c = cellAt(a, b); return !!c && canMove(c, odd, dir, shift.kind); },
        (a, b) => (isHidden(cellAt(a, b)!) ? 1 : 1000));
      if (path) return new Map(path.map((e) => [cellAt(e.a, e.b)!, e.odd ? -p.weight : p.weight]));
    }
    const weights = new Map(shift.cells.map((k) => [cellId(shift.level, k.values), k.weight]));
    const relations = linesOf(level).map((l) => ({
      members: l.members,
      // Lines along the new dimension add up to a cell of the coarser level: to what the shift moves there.
      rhs: l.dim === extra ? (weights.get(l.margin) ?? 0) : 0,
    }));
    return solveShift(highs, { kind: shift.kind, cells: byLevel.get(level) ?? [], relations, fixed: new Map(), isHidden });
  }
}
