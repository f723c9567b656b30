import { combinations } from "./hypercube";
import { ROOM, type ShiftKind } from "./shift-lp";
import { popcount, type TableCell } from "./table";

/**
 * An alternating cycle of withheld cells through a small cell: the general form of a hypercube
 * (hypercube.ts) for sparse tables, where the four corners of a rectangle rarely all exist.
 *
 * Two dimensions of the level form a plane: its cells are the edges of a bipartite graph between
 * the values of the two dimensions, and a cycle alternates between rows and columns, so every row and
 * column meets it in two cells of opposite sign. The remaining dimensions each take the small cell's
 * value and one partner value, the cycle is repeated on every such layer with the sign flipped on
 * odd layers. The shift moves one officer between women and men in each cell (a woman in for a man
 * out on even cells, the reverse on odd ones), which leaves every margin as it is.
 */
export interface Shape {
  /** Values of each cell of the shape, and its sign. */
  corners: { values: (string | null)[]; odd: boolean }[];
  /** Which way the even cells move. */
  dir: Direction;
}

/** Which cells can move: on even cells a man becomes a woman, on odd cells a woman becomes a man (or all the other way). */
export type Direction = "womenIn" | "womenOut";

export function canMove(c: TableCell, odd: boolean, dir: Direction, kind: ShiftKind = "fm"): boolean {
  const [up, down] = ROOM[kind];
  return ((dir === "womenIn") !== odd ? up(c) : down(c)) >= 1;
}

export interface CycleSearch {
  /** The cell to protect (already withheld). */
  small: TableCell;
  /** Dimensions of the level, by index into the table's values. */
  dims: readonly number[];
  /** Values each dimension takes at this level. */
  valuesOf: (dim: number) => readonly (string | null)[];
  at: (values: readonly (string | null)[]) => TableCell | undefined;
  isHidden: (c: TableCell) => boolean;
  /** Partner values tried per layer dimension. */
  partnersPerDim: number;
  /** What the shape moves (a woman for a man by default). */
  kind?: ShiftKind;
}

const key = (v: string | null) => (v === null ? "\u0000null" : `v${v}`);

/** The cheapest shape through `small` whose cells can all move, or null: fewest cells not yet withheld, then fewest cells. */
export function findShape(s: CycleSearch): Shape | null {
  const p = s.small;
  const kind = s.kind ?? "fm";
  const [up, down] = ROOM[kind];
  const dirs: Direction[] = [];
  if (up(p) >= 1) dirs.push("womenIn");
  if (down(p) >= 1) dirs.push("womenOut");
  if (!dirs.length) return null;
  const found: { best: { shape: Shape; cost: number } | null } = { best: null };
  const consider = (shape: Shape) => {
    const cells = shape.corners.map((k) => s.at(k.values)!);
    const cost = cells.filter((c) => !s.isHidden(c)).length * 1000 + cells.length + cells.reduce((t, c) => t + (s.isHidden(c) ? 0 : c.known), 0) / 1e6;
    if (!found.best || cost < found.best.cost) found.best = { shape, cost };
  };
  if (s.dims.length === 1) {
    const d = s.dims[0];
    for (const dir of dirs) {
      for (const v of s.valuesOf(d)) {
        if (v === p.values[d]) continue;
        const values = [...p.values];
        values[d] = v;
        const c = s.at(values);
        if (c && canMove(c, true, dir, kind)) consider({ corners: [{ values: [...p.values], odd: false }, { values, odd: true }], dir });
      }
    }
    return found.best?.shape ?? null;
  }
  for (let x = 0; x < s.dims.length; x++) {
    for (let y = x + 1; y < s.dims.length; y++) {
      const [i, j] = [s.dims[x], s.dims[y]];
      const layerDims = s.dims.filter((d) => d !== i && d !== j);
      const partnerLists = layerDims.map((d) => s.valuesOf(d).filter((v) => v !== p.values[d]).slice(0, s.partnersPerDim));
      if (partnerLists.some((l) => !l.length)) continue;
      for (const partners of combinations(partnerLists)) {
        // Layers: each layer dimension at the small cell's value or its partner; odd layers flip signs.
        const layers = Array.from({ length: 1 << layerDims.length }, (_, m) => ({
          set: layerDims.map((d, t) => [d, m & (1 << t) ? partners[t] : p.values[d]] as const),
          odd: popcount(m) % 2 === 1,
        }));
        const cellsOf = (a: string | null, b: string | null) => layers.map((l) => {
          const values = [...p.values];
          values[i] = a;
          values[j] = b;
          for (const [d, v] of l.set) values[d] = v;
          return { values, odd: l.odd };
        });
        for (const dir of dirs) {
          const usable = (a: string | null, b: string | null, odd: boolean) =>
            cellsOf(a, b).every((k) => { const c = s.at(k.values); return !!c && canMove(c, odd !== k.odd, dir, kind); });
          if (!usable(p.values[i], p.values[j], false)) continue;
          const cycle = shortestCycle(p.values[i], p.values[j], s.valuesOf(i), s.valuesOf(j), usable, (a, b) =>
            cellsOf(a, b).reduce((t, k) => t + (s.isHidden(s.at(k.values)!) ? 0 : 1000), 1));
          if (!cycle) continue;
          consider({ corners: cycle.flatMap((e) => cellsOf(e.a, e.b).map((k) => ({ values: k.values, odd: k.odd !== e.odd }))), dir });
        }
      }
    }
  }
  return found.best?.shape ?? null;
}

/**
 * The cheapest alternating cycle through edge (a0, b0) of the plane, itself even: from a0 along odd
 * edges to a column, back along even edges to a row, ..., until an odd edge reaches b0.
 */
function shortestCycle(
  a0: string | null, b0: string | null,
  rows: readonly (string | null)[], cols: readonly (string | null)[],
  usable: (a: string | null, b: string | null, odd: boolean) => boolean,
  cost: (a: string | null, b: string | null) => number,
): PlaneEdge[] | null {
  const path = alternatingPath({ side: "row", v: a0 }, { side: "col", v: b0 }, true, rows, cols, usable, cost, { a: a0, b: b0 });
  return path && [{ a: a0, b: b0, odd: false }, ...path];
}

export interface PlaneEdge {
  /** The row value and the column value of the edge's cell. */
  a: string | null;
  b: string | null;
  odd: boolean;
}

/**
 * The cheapest path from one node of the plane's bipartite graph to another whose edges alternate
 * in sign: edges taken from a row to a column are odd when `rowToColOdd`, those back even (Dijkstra,
 * simple paths only). `skip` is an edge not to take.
 */
export function alternatingPath(
  start: { side: "row" | "col"; v: string | null },
  end: { side: "row" | "col"; v: string | null },
  rowToColOdd: boolean,
  rows: readonly (string | null)[], cols: readonly (string | null)[],
  usable: (a: string | null, b: string | null, odd: boolean) => boolean,
  cost: (a: string | null, b: string | null) => number,
  skip?: { a: string | null; b: string | null },
): PlaneEdge[] | null {
  type Node = { side: "row" | "col"; v: string | null };
  const id = (n: Node) => `${n.side}:${key(n.v)}`;
  const dist = new Map<string, number>();
  const prev = new Map<string, { from: Node; edge: PlaneEdge }>();
  dist.set(id(start), 0);
  const open: { n: Node; d: number }[] = [{ n: start, d: 0 }];
  const done = new Set<string>();
  const endId = id(end);
  while (open.length) {
    open.sort((x, y) => x.d - y.d);
    const { n, d } = open.shift()!;
    const nid = id(n);
    if (done.has(nid)) continue;
    done.add(nid);
    if (nid === endId) break;
    const next = n.side === "row" ? cols : rows;
    for (const v of next) {
      const edge: PlaneEdge = n.side === "row" ? { a: n.v, b: v, odd: rowToColOdd } : { a: v, b: n.v, odd: !rowToColOdd };
      if (skip && edge.a === skip.a && edge.b === skip.b) continue;
      const m: Node = { side: n.side === "row" ? "col" : "row", v };
      const mid = id(m);
      if (done.has(mid) || !usable(edge.a, edge.b, edge.odd)) continue;
      const nd = d + cost(edge.a, edge.b);
      if (nd < (dist.get(mid) ?? Infinity)) {
        dist.set(mid, nd);
        prev.set(mid, { from: n, edge });
        open.push({ n: m, d: nd });
      }
    }
  }
  if (!prev.has(endId)) return null;
  const edges: PlaneEdge[] = [];
  for (let cur = endId; cur !== id(start);) {
    const step = prev.get(cur)!;
    edges.push(step.edge);
    cur = id(step.from);
  }
  return edges.reverse();
}
