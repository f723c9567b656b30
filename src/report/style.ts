/**
 * The document's CSS, inline: readable on screen, and printed on A4 or Letter (the page size is the
 * printer's; margins fit both), each section on a new page, with no figure, table row or heading
 * split from what follows.
 * SYNTHETIC and MIXED figures are marked by a hatched, bordered banner that survives greyscale.
 */
export const CSS = `
:root { color: #1a1a1a; font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; }
body { max-width: 180mm; margin: 0 auto; padding: 8mm 6mm; }
h1 { font-size: 20pt; margin: 0 0 2mm; color: #1b3a6b; }
h2 { font-size: 14pt; margin: 9mm 0 2mm; color: #1b3a6b; border-bottom: 1.5pt solid #1b3a6b; padding-bottom: 1mm; }
h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; }
.subtitle { font-size: 12pt; margin-top: 0; }
.definition { font-style: italic; }
.period, .note { color: #333; }
.access { border-left: 3pt solid #1b3a6b; padding-left: 3mm; }
.provenance { border: 1.5pt solid #1b3a6b; padding: 2mm 3mm; margin: 2mm 0 3mm; }
.provenance strong { letter-spacing: 0.03em; }
.provenance-SYNTHETIC, .provenance-MIXED { border: 2.5pt dashed #c65a00; font-weight: bold;
  background: repeating-linear-gradient(135deg, #fff 0 6px, #f3e6da 6px 9px); }
.provenance .sources { display: block; font-weight: normal; font-size: 9pt; }
figure { margin: 3mm 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 9.5pt; color: #333; }
table { border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
th, td { border-bottom: 0.5pt solid #bbb; padding: 0.8mm 2mm; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td[data-value="suppressed"] { font-style: italic; color: #555; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
pre { background: #f4f4f4; padding: 2mm; font-size: 8pt; white-space: pre-wrap; break-inside: avoid; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
@page { margin: 15mm 16mm; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; }
  h2:not(#contents) { break-before: page; page-break-before: always; } }
`;
