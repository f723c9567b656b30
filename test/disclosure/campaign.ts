// An anonymous caller's campaign against femaleParticipation: every grouping of some dimensions,
// every single-value filter and seniorOnly, genders filters, and filters naming two values, all
// over one period; what it is shown goes to the LP intruder. The truth (an ANALYST key with
// minCellSize 0) checks that what is shown is what an unprotected caller sees.
import type { TestApp } from "../support/http";
import { Intruder, type Figure } from "./intruder";

export type AttackDim = "YEAR" | "MISSION" | "SENIOR" | "ROLE_CATEGORY" | "POLICE_SERVICE" | "COUNTRY";

const KEY = "key { year mission { code } senior roleCategory policeService { code } country { iso3 } }";
const FIELDS = `officers known undisclosed female male anotherGender personDays femalePersonDays suppressed ${KEY}`;

const valueOf: Record<AttackDim, (key: any) => string | null> = {
  YEAR: (k) => (k.year === null ? null : String(k.year)),
  MISSION: (k) => k.mission?.code ?? null,
  SENIOR: (k) => (k.senior === null ? null : String(k.senior)),
  ROLE_CATEGORY: (k) => k.roleCategory,
  POLICE_SERVICE: (k) => k.policeService?.code ?? null,
  COUNTRY: (k) => k.country?.iso3 ?? null,
};

/** The filter that keeps one value of a dimension (YEAR has none: a period is another table). */
const FILTER: Partial<Record<AttackDim, string>> = { MISSION: "missions", ROLE_CATEGORY: "roleCategories", POLICE_SERVICE: "policeServices", COUNTRY: "countries" };
/** How a value is written in a filter: enum values bare, codes quoted. */
const literal = (d: AttackDim, v: string) => (d === "ROLE_CATEGORY" ? v : JSON.stringify(v));
const literals = (d: AttackDim, vs: string[]) => `[${vs.map((v) => literal(d, v)).join(", ")}]`;

export const subsets = <T>(items: readonly T[]): T[][] =>
  items.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);

export interface Row {
  officers: number | null;
  known: number | null;
  undisclosed: number | null;
  female: number | null;
  male: number | null;
  anotherGender: number | null;
  personDays: number | null;
  femalePersonDays: number | null;
  suppressed: boolean;
  key: any;
}

export interface Campaign {
  intruder: Intruder;
  /** Every figure shown that differs from the unprotected answer. */
  wrong: string[];
  requests: number;
  /** Cells withheld, and of them those with minCellSize or more officers of known gender (complements). */
  hidden: number;
  complements: number;
}

export interface Target {
  app: TestApp;
  analystToken: string;
  from: string;
  to: string;
  dims: AttackDim[];
  /** Values of a filtered dimension to try (all of them when omitted). */
  maxValues?: number;
}

/** The most dimensions an anonymous request may group and filter by together (the API refuses more). */
export const MAX_DIMENSIONS = 2;

export async function participation(app: TestApp, args: string, token: string | null): Promise<{ total: Row; rows: Row[] }> {
  const res = await app.gql(`{ femaleParticipation(${args}) { total { ${FIELDS} } rows { ${FIELDS} } } }`, undefined, { token });
  if (res.errors) throw new Error(`${args}: ${JSON.stringify(res.errors)}`);
  return res.data.femaleParticipation;
}

export async function runCampaign(t: Target): Promise<Campaign> {
  const intruder = new Intruder();
  const wrong: string[] = [];
  let requests = 0;
  let hidden = 0;
  let complements = 0;
  const period = `from: "${t.from}", to: "${t.to}"`;
  const truth = new Map<string, Row>();
  const name = (values: Record<string, string>) => JSON.stringify(Object.keys(values).sort().map((k) => [k, values[k]]));
  const valuesOf = (row: Row, dims: AttackDim[], fixed: Record<string, string>) => {
    const values: Record<string, string> = { ...fixed };
    for (const d of dims) values[d] = valueOf[d](row.key) ?? "null";
    return values;
  };
  // The truth, and the values each dimension takes.
  const levels = subsets(t.dims);
  const valuesOfDim = new Map<AttackDim, string[]>();
  for (const dims of levels) {
    const r = await participation(t.app, `${period}, groupBy: [${dims.join(", ")}], minCellSize: 0`, t.analystToken);
    for (const row of [r.total, ...(dims.length ? r.rows : [])]) truth.set(name(valuesOf(row, row === r.total ? [] : dims, {})), row);
    if (dims.length === 1) valuesOfDim.set(dims[0], r.rows.map((row) => valueOf[dims[0]](row.key) ?? "null"));
  }
  const see = (row: Row, values: Record<string, string>) => {
    const real = truth.get(name(values));
    if (!real) {
      wrong.push(`${name(values)}: shown but not in the table`);
      return;
    }
    for (const f of ["officers", "known", "undisclosed", "personDays", "female", "male", "anotherGender", "femalePersonDays"] as const) {
      if (row[f] !== null && row[f] !== real[f]) wrong.push(`${name(values)}.${f}: shown ${row[f]}, is ${real[f]}`);
    }
    intruder.see(values, { officers: real.officers!, known: real.known!, personDays: real.personDays! },
      { female: row.female, male: row.male, anotherGender: row.anotherGender, femalePersonDays: row.femalePersonDays });
  };
  const ask = async (args: string, dims: AttackDim[], fixed: Record<string, string>, onRow: (row: Row, values: Record<string, string>) => void) => {
    requests++;
    const r = await participation(t.app, `${period}, ${args}groupBy: [${dims.join(", ")}]`, null);
    onRow(r.total, { ...fixed });
    if (dims.length) for (const row of r.rows) onRow(row, valuesOf(row, dims, fixed));
  };
  const askable = levels.filter((dims) => dims.length <= MAX_DIMENSIONS);
  // 1. Every grouping, unfiltered.
  for (const dims of askable) {
    await ask("", dims, {}, (row, values) => {
      see(row, values);
      if (row.suppressed && dims.length === Math.min(t.dims.length, MAX_DIMENSIONS)) {
        hidden++;
        if ((row.known ?? 0) >= 5) complements++;
      }
    });
  }
  // 2. One value of one dimension, through its filter (seniorOnly for SENIOR), every grouping of the rest.
  const oneValue = (d: AttackDim, v: string) => (d === "SENIOR" ? (v === "true" ? "seniorOnly: true, " : null) : FILTER[d] ? `filter: { ${FILTER[d]}: ${literals(d, [v])} }, ` : null);
  for (const d of t.dims) {
    for (const v of (valuesOfDim.get(d) ?? []).slice(0, t.maxValues ?? Infinity)) {
      const args = oneValue(d, v);
      if (!args) continue;
      for (const dims of subsets(t.dims.filter((x) => x !== d)).filter((s) => s.length < MAX_DIMENSIONS)) await ask(args, dims, { [d]: v }, see);
    }
  }
  // 3. Genders filters: a shown officer count is that gender's count, person-days the women's.
  const byGender: [string, Figure][] = [["FEMALE", "female"], ["MALE", "male"], ["ANOTHER_GENDER", "anotherGender"]];
  for (const dims of askable) {
    for (const [gender, figure] of byGender) {
      await ask(`filter: { genders: [${gender}] }, `, dims, {}, (row, values) => {
        if (row.suppressed) {
          if (row.officers !== null || row.personDays !== null) wrong.push(`${name(values)} under genders ${gender}: counts shown on a suppressed row`);
          return;
        }
        intruder.learn(values, figure, row.officers!);
        if (gender === "FEMALE") intruder.learn(values, "femalePersonDays", row.personDays!);
      });
    }
  }
  // 4. Two values of a filtered dimension at once: the union of their cells.
  for (const d of t.dims.filter((x) => FILTER[x])) {
    const vs = (valuesOfDim.get(d) ?? []).slice(0, t.maxValues ?? Infinity);
    for (let i = 0; i + 1 < vs.length; i++) {
      const pair = [vs[i], vs[i + 1]];
      for (const dims of subsets(t.dims.filter((x) => x !== d)).filter((s) => s.length < MAX_DIMENSIONS)) {
        await ask(`filter: { ${FILTER[d]}: ${literals(d, pair)} }, `, dims, {}, (row, values) => {
          if (row.suppressed) return;
          const parts = pair.map((v) => ({ ...values, [d]: v }));
          const known = parts.map((p) => truth.get(name(p)));
          // The intruder can check that the union adds up from the parts' public officer counts.
          if (known.some((k) => !k) || known.reduce((s, k) => s + k!.officers!, 0) !== row.officers) return;
          for (const f of ["female", "male", "anotherGender", "femalePersonDays"] as const) intruder.seeUnion(parts, f, row[f]!);
        });
      }
    }
  }
  return { intruder, wrong, requests, hidden, complements };
}
