import type { ProvenanceValues } from "../core/analytics/provenance";
import type { RenderedChart } from "./charts/svg";

/**
 * The report as a list of blocks, the same for every format: html.ts and markdown.ts only write
 * them out. A figure's cell keeps its raw value, so that the HTML can carry it in data-*
 * attributes and the Markdown's CSV files can hold it as it is.
 */

export type Raw = string | number | boolean | null;

export interface Cell {
  text: string;
  /** The figure as read: a number, a key, or "suppressed". */
  raw: Raw;
  /** data-* attributes of a figure's cell (data-figure, data-measure, its keys, data-value). */
  data?: Record<string, string>;
  numeric?: boolean;
}

export interface Table {
  caption: string;
  /** Column ids (the CSV header) and their headings. */
  columns: { id: string; label: string }[];
  rows: Cell[][];
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: "para"; text: string; className?: string }
  | { kind: "provenance"; provenance: ProvenanceValues; label: string; warning: string | null; sources: string; asOf: string }
  | { kind: "table"; table: Table }
  | { kind: "chart"; chart: RenderedChart; caption: string; table: Table }
  | { kind: "list"; items: string[] }
  | { kind: "code"; title: string; text: string };

export const text = (value: string): Cell => ({ text: value, raw: value });

/** A figure's cell: its text, and its identity and value as data attributes. */
export function figure(id: string, measure: string, keys: Record<string, string | number>, value: number | boolean | null, shown: string, suppressed = false): Cell {
  const data: Record<string, string> = { figure: id, measure };
  for (const [k, v] of Object.entries(keys)) data[k] = String(v);
  data.value = suppressed ? "suppressed" : value === null ? "" : String(value);
  return { text: shown, raw: suppressed ? "suppressed" : value, data, numeric: true };
}
