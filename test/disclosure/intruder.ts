// A linear-programming intruder (as in tau-ARGUS's audit): it collects every figure the anonymous
// caller was shown, writes down the additive relations it can verify from public counts, and asks
// for the smallest and largest value each withheld figure can take. A withheld figure whose range
// is a single value has been recovered.
import loadHighs from "highs";

export type Figure = "female" | "male" | "anotherGender" | "femalePersonDays";
const COUNT_FIGURES: Figure[] = ["female", "male", "anotherGender"];

/** A cell of the attacked table: its dimensions' values (sorted by dimension), its public counts, and what was shown of it. */
export interface SeenCell {
  values: Record<string, string>;
  officers: number;
  known: number;
  personDays: number;
  shown: Partial<Record<Figure, number>>;
}

export interface Finding {
  cell: string;
  figure: Figure;
  value: number;
  /** Implied for everyone in a larger published group (none of them, or all of them): not specific to the cell. */
  groupFact: boolean;
}

export const cellName = (values: Record<string, string>) =>
  Object.keys(values).sort().map((d) => `${d}=${values[d]}`).join(",") || "total";

/** Sum of some cells' figure = a value seen (a filter naming several values: the union of their cells). */
interface UnionFact {
  parts: string[];
  figure: Figure;
  value: number;
}

export class Intruder {
  readonly cells = new Map<string, SeenCell>();
  private readonly unions: UnionFact[] = [];
  /** Figures shown twice with different values, or shown in one answer and withheld in another (must never happen). */
  readonly conflicts: string[] = [];
  private readonly withheld = new Set<string>();

  see(values: Record<string, string>, counts: { officers: number; known: number; personDays: number }, shown: Partial<Record<Figure, number | null>>): void {
    const name = cellName(values);
    const cell = this.cells.get(name) ?? { values, ...counts, shown: {} };
    if (cell.officers !== counts.officers || cell.known !== counts.known) this.conflicts.push(`${name}: counts ${cell.officers}/${cell.known} vs ${counts.officers}/${counts.known}`);
    for (const [f, v] of Object.entries(shown) as [Figure, number | null][]) {
      if (v === null || v === undefined) {
        this.withheld.add(`${name}.${f}`);
        if (cell.shown[f] !== undefined) this.conflicts.push(`${name}.${f}: shown in one answer, withheld in another`);
        continue;
      }
      if (this.withheld.has(`${name}.${f}`)) this.conflicts.push(`${name}.${f}: withheld in one answer, shown in another`);
      const before = cell.shown[f];
      if (before !== undefined && before !== v) this.conflicts.push(`${name}.${f}: ${before} vs ${v}`);
      cell.shown[f] = v;
    }
    this.cells.set(name, cell);
  }

  /** A figure of a cell learnt from a narrower question (a genders filter's officer count, say). */
  learn(values: Record<string, string>, figure: Figure, value: number): void {
    const cell = this.cells.get(cellName(values));
    if (!cell) return;
    if (this.withheld.has(`${cellName(values)}.${figure}`)) this.conflicts.push(`${cellName(values)}.${figure}: withheld, but learnt through a narrower question`);
    const before = cell.shown[figure];
    if (before !== undefined && before !== value) this.conflicts.push(`${cellName(values)}.${figure}: ${before} vs ${value}`);
    cell.shown[figure] = value;
  }

  seeUnion(parts: Record<string, string>[], figure: Figure, value: number): void {
    this.unions.push({ parts: parts.map(cellName), figure, value });
  }

  /** The cells one dimension finer than `margin` along `dim`. */
  private childrenOf(margin: SeenCell, dim: string): SeenCell[] {
    const keys = Object.keys(margin.values);
    return [...this.cells.values()].filter((c) =>
      Object.keys(c.values).length === keys.length + 1 && dim in c.values && keys.every((k) => c.values[k] === margin.values[k]));
  }

  /** Additive relations the intruder can check from public figures: children whose officers (or person-days) add up to the margin's. */
  relations(): { margin: string; children: string[]; figures: Figure[] }[] {
    const dims = new Set([...this.cells.values()].flatMap((c) => Object.keys(c.values)));
    const out: { margin: string; children: string[]; figures: Figure[] }[] = [];
    for (const m of this.cells.values()) {
      for (const d of dims) {
        if (d in m.values) continue;
        const children = this.childrenOf(m, d);
        if (!children.length) continue;
        const figures: Figure[] = [];
        const sum = (f: (c: SeenCell) => number) => children.reduce((s, c) => s + f(c), 0);
        if (sum((c) => c.officers) === m.officers && sum((c) => c.known) === m.known) figures.push(...COUNT_FIGURES);
        if (sum((c) => c.personDays) === m.personDays) figures.push("femalePersonDays");
        if (figures.length) out.push({ margin: cellName(m.values), children: children.map((c) => cellName(c.values)), figures });
      }
    }
    return out;
  }

  /** Every withheld figure pinned to one value by what was shown. */
  async attack(): Promise<Finding[]> {
    const highs = await loadHighs();
    const names = [...this.cells.keys()];
    const index = new Map(names.map((n, i) => [n, i]));
    const v = (cell: string, f: Figure) => `x${index.get(cell)}_${f}`;
    // Equations over variables (withheld figures) and constants (shown ones).
    type Term = { coef: number; name: string; cell: string; figure: Figure };
    const equations: { terms: Term[]; rhs: number }[] = [];
    const addEquation = (items: { coef: number; cell: string; figure: Figure }[], rhs0: number) => {
      let rhs = rhs0;
      const terms: Term[] = [];
      for (const it of items) {
        const shown = this.cells.get(it.cell)?.shown[it.figure];
        if (shown !== undefined) rhs -= it.coef * shown;
        else terms.push({ ...it, name: v(it.cell, it.figure) });
      }
      if (terms.length) equations.push({ terms, rhs });
    };
    for (const r of this.relations()) {
      for (const f of r.figures) addEquation([{ coef: -1, cell: r.margin, figure: f }, ...r.children.map((c) => ({ coef: 1, cell: c, figure: f }))], 0);
    }
    for (const [name, c] of this.cells) addEquation(COUNT_FIGURES.map((f) => ({ coef: 1, cell: name, figure: f })), c.known);
    for (const u of this.unions) if (u.parts.every((p) => this.cells.has(p))) addEquation(u.parts.map((p) => ({ coef: 1, cell: p, figure: u.figure })), u.value);
    // Connected components of variables, solved one by one.
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      const p = parent.get(x) ?? x;
      if (p === x) return x;
      const root = find(p);
      parent.set(x, root);
      return root;
    };
    for (const e of equations) for (const t of e.terms.slice(1)) parent.set(find(t.name), find(e.terms[0].name));
    const components = new Map<string, { vars: Map<string, Term>; equations: typeof equations }>();
    for (const e of equations) {
      const root = find(e.terms[0].name);
      const comp = components.get(root) ?? { vars: new Map<string, Term>(), equations: [] as typeof equations };
      comp.equations.push(e);
      for (const t of e.terms) comp.vars.set(t.name, t);
      components.set(root, comp);
    }
    const findings: Finding[] = [];
    for (const comp of components.values()) {
      const bounds = [...comp.vars.values()].map((t) => {
        const c = this.cells.get(t.cell)!;
        return ` 0 <= ${t.name} <= ${t.figure === "femalePersonDays" ? c.personDays : c.known}`;
      });
      const rows = comp.equations.map((e, i) => ` e${i}: ${e.terms.map((t) => `${t.coef >= 0 ? "+" : "-"} ${Math.abs(t.coef)} ${t.name}`).join(" ")} = ${e.rhs}`);
      for (const t of comp.vars.values()) {
        const range: number[] = [];
        for (const sense of ["Minimize", "Maximize"]) {
          const lp = `${sense}\n obj: ${t.name}\nSubject To\n${rows.join("\n")}\nBounds\n${bounds.join("\n")}\nEnd`;
          const r = highs.solve(lp);
          if (r.Status !== "Optimal") throw new Error(`the intruder's programme is ${r.Status}: the figures shown contradict each other`);
          range.push(r.ObjectiveValue);
        }
        if (range[1] - range[0] < 0.5) findings.push({ cell: t.cell, figure: t.figure, value: Math.round(range[0]), groupFact: this.isGroupFact(t.cell, t.figure, Math.round(range[0])) });
      }
    }
    // A withheld figure no equation touches is free in [0, known].
    return findings;
  }

  /** The value holds for every officer of a coarser cell that was shown: none of them, or all of them, are counted by the figure. */
  private isGroupFact(cell: string, figure: Figure, value: number): boolean {
    const c = this.cells.get(cell)!;
    const ancestors = [...this.cells.values()].filter((a) =>
      Object.keys(a.values).length < Object.keys(c.values).length && Object.entries(a.values).every(([k, x]) => c.values[k] === x));
    const bound = (x: SeenCell) => (figure === "femalePersonDays" ? x.personDays : x.known);
    if (c.known === 0) return true;
    return ancestors.some((a) => a.shown[figure] !== undefined && ((value === 0 && a.shown[figure] === 0) || (value === bound(c) && a.shown[figure] === bound(a))));
  }
}
