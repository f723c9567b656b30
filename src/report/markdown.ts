import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "../core/input/spreadsheet-text";
import { sourcesLine } from "../core/analytics/provenance";
import type { Block, Table } from "./blocks";

/** A file written beside the Markdown: a chart's SVG or its data as CSV. */
export interface SideFile {
  name: string;
  content: string;
}

const inline = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\n/g, " ");

function table(t: Table): string {
  const head = `| ${t.columns.map((c) => inline(c.label)).join(" | ")} |`;
  const rule = `|${t.columns.map(() => "---").join("|")}|`;
  const rows = t.rows.map((r) => `| ${r.map((c) => inline(c.text)).join(" | ")} |`);
  return [`**${inline(t.caption)}**`, "", head, rule, ...rows].join("\n");
}

/** A chart's data table as CSV, the figures as read (a suppressed one as `suppressed`). */
export function tableCsv(t: Table): string {
  const records = t.rows.map((r) => r.map((c) => (typeof c.raw === "string" ? neutraliseFormula(c.raw) : c.raw)));
  return stringify(records, { header: true, columns: t.columns.map((c) => c.id), record_delimiter: "unix", cast: { boolean: (v) => (v ? "true" : "false") } });
}

function block(b: Block, files: SideFile[]): string {
  switch (b.kind) {
    case "heading":
      return `${"#".repeat(b.level)} ${b.text}`;
    case "para":
      return b.className === "definition" ? `*${b.text}*` : b.text;
    case "provenance": {
      const p = b.provenance;
      return `> **${b.label}**${b.warning ? ` ${b.warning}` : ""}  \n> ${b.sources}: ${sourcesLine(p.sources)}${p.asOf ? ` — ${b.asOf} ${p.asOf}` : ""}`;
    }
    case "table":
      return table(b.table);
    case "chart": {
      files.push({ name: `${b.chart.id}.svg`, content: `${b.chart.svg}\n` }, { name: `${b.chart.id}.csv`, content: tableCsv(b.table) });
      return `![${b.caption}](${b.chart.id}.svg)\n\n*${b.caption}* (CSV: [${b.chart.id}.csv](${b.chart.id}.csv))\n\n${table(b.table)}`;
    }
    case "list":
      return b.items.map((i) => `- ${i}`).join("\n");
    case "code":
      return `**${b.title}**\n\n\`\`\`graphql\n${b.text}\n\`\`\``;
  }
}

/** The report as Markdown, with each chart's SVG and CSV as files beside it. */
export function toMarkdown(blocks: Block[]): { text: string; files: SideFile[] } {
  const files: SideFile[] = [];
  const text = `${blocks.map((b) => block(b, files)).join("\n\n")}\n`;
  return { text, files };
}
