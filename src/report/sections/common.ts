import type { ProvenanceValues } from "../../core/analytics/provenance";
import type { SectionBase } from "../../core/reports/generation-equality";
import { figure, type Block, type Cell } from "../blocks";
import { count, percent } from "../format";
import type { Lang, Messages } from "../i18n";

/** What a section's blocks are written with. */
export interface SectionContext {
  lang: Lang;
  m: Messages;
}

/** The provenance, prominent: a SYNTHETIC or MIXED figure says so in words, not only in a code. */
export function provenanceBlock(p: ProvenanceValues, c: SectionContext): Block {
  const warning = p.data === "SYNTHETIC" ? c.m.syntheticWarning : p.data === "MIXED" ? c.m.mixedWarning : null;
  return { kind: "provenance", provenance: p, label: c.m.data[p.data], warning, sources: c.m.sources, asOf: c.m.asOf };
}

/** A section's opening: its title, its definition citing docs/definitions.md, its period, its provenance. */
export function opening(s: SectionBase, c: SectionContext): Block[] {
  const t = c.m.sections[s.id];
  return [
    { kind: "heading", level: 2, text: t.title, id: s.id },
    { kind: "para", text: t.definition, className: "definition" },
    { kind: "para", text: c.m.periodLine(s.period.from, s.period.to), className: "period" },
    provenanceBlock(s.provenance, c),
  ];
}

/** A count cell; "suppressed" (never 0) when withheld. */
export function countCell(id: string, measure: string, keys: Record<string, string | number>, value: number | null, suppressed: boolean, c: SectionContext): Cell {
  const shown = suppressed && value === null ? c.m.suppressed : value === null ? c.m.none : count(value, c.lang);
  return figure(id, measure, keys, value, shown, suppressed && value === null);
}

export function rateCell(id: string, measure: string, keys: Record<string, string | number>, value: number | null, suppressed: boolean, c: SectionContext): Cell {
  const shown = suppressed ? c.m.suppressed : value === null ? c.m.none : percent(value, c.lang);
  return figure(id, measure, keys, value, shown, suppressed);
}

export function intervalCell(id: string, keys: Record<string, string | number>, interval: { low: number; high: number } | null, suppressed: boolean, c: SectionContext): Cell {
  const shown = suppressed ? c.m.suppressed : interval ? `${percent(interval.low, c.lang)} – ${percent(interval.high, c.lang)}` : c.m.none;
  const cell = figure(id, "interval", keys, null, shown, suppressed);
  if (interval && !suppressed) {
    cell.data!.value = `${interval.low},${interval.high}`;
    cell.raw = `${interval.low}..${interval.high}`;
  }
  return cell;
}

export const yesNo = (v: boolean | null, c: SectionContext) => (v === null ? c.m.none : v ? c.m.yes : c.m.no);
