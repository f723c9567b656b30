import { sourcesLine } from "../core/analytics/provenance";
import type { Block, Cell, Table } from "./blocks";
import { escapeXml as esc } from "./escape";
import type { Lang } from "./i18n";
import { CSS } from "./style";

const attrs = (data: Record<string, string> | undefined) =>
  data ? Object.entries(data).map(([k, v]) => ` data-${k}="${esc(v)}"`).join("") : "";

const cell = (c: Cell) => `<td${c.numeric ? ' class="num"' : ""}${attrs(c.data)}>${esc(c.text)}</td>`;

function table(t: Table): string {
  const head = t.columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join("");
  const body = t.rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("\n");
  return `<table>\n<caption>${esc(t.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level}${b.id ? ` id="${esc(b.id)}"` : ""}>${esc(b.text)}</h${b.level}>`;
    case "para":
      return `<p${b.className ? ` class="${b.className}"` : ""}>${esc(b.text)}</p>`;
    case "provenance": {
      const p = b.provenance;
      const warning = b.warning ? ` ${esc(b.warning)}` : "";
      return `<div class="provenance provenance-${p.data}" data-provenance="${p.data}"><strong>${esc(b.label)}</strong>${warning}`
        + `<span class="sources">${esc(b.sources)}: ${esc(sourcesLine(p.sources))}${p.asOf ? ` — ${esc(b.asOf)} ${p.asOf}` : ""}</span></div>`;
    }
    case "table":
      return table(b.table);
    case "chart":
      return `<figure id="${esc(b.chart.id)}">\n${b.chart.svg}\n<figcaption>${esc(b.caption)}</figcaption>\n</figure>\n${table(b.table)}`;
    case "list":
      return `<ul>\n${b.items.map((i) => `<li>${esc(i)}</li>`).join("\n")}\n</ul>`;
    case "code":
      return `<h4>${esc(b.title)}</h4>\n<pre><code>${esc(b.text)}</code></pre>`;
  }
}

/** One self-contained HTML file: inline CSS and SVG, no script, nothing loaded from elsewhere. */
export function toHtml(blocks: Block[], lang: Lang, title: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
${blocks.map(block).join("\n")}
</body>
</html>
`;
}
