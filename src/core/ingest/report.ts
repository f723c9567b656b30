import type { ImportSummary } from "./import";
import { delimiterName } from "./delimiter";
import type { Problem } from "./problems";

const where = (p: Problem) => `line ${p.line}${p.column ? `, column ${p.column}` : ""}`;

function problems(kind: string, items: Problem[], count: number): string[] {
  const lines = items.map((p) => `${kind} ${where(p)}: ${p.message}`);
  if (count > items.length) lines.push(`... and ${count - items.length} more ${kind === "error" ? "errors" : "warnings"} (${count} in all)`);
  return lines;
}

/** How the file was read: `UTF-8, comma-separated`, `Windows-1252, semicolon-separated (found in the header)`. */
function readAs(s: ImportSummary): string {
  if (!s.encoding) return "";
  const separator = s.delimiter ? `, ${delimiterName(s.delimiter)}-separated${s.delimiterFound && s.delimiter !== "," ? " (found in the header)" : ""}` : "";
  return ` (${s.encoding}${separator})`;
}

/** The human report: warnings, errors, then one summary line that says how the file was read. */
export function formatReport(s: ImportSummary): string {
  const lines = [...problems("warning", s.warnings, s.warningCount), ...problems("error", s.errors, s.errorCount)];
  const file = `${s.file}${readAs(s)}`;
  if (s.errorCount) {
    lines.push(`${file}: ${s.errorCount} error(s) in ${s.kind}; nothing was written.`);
  } else {
    const verb = s.dryRun ? "dry run, nothing written: would be" : "";
    lines.push(
      `${file}: ${s.rows} ${s.kind} row(s), ${verb ? `${verb} ` : ""}${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged` +
        (s.warningCount ? `; ${s.warningCount} warning(s)` : "") + ".",
    );
  }
  return lines.join("\n") + "\n";
}

/** The `--json` summary: one object. */
export function summaryJson(s: ImportSummary): object {
  return {
    kind: s.kind,
    file: s.file,
    sha256: s.sha256,
    dryRun: s.dryRun,
    encoding: s.encoding,
    delimiter: s.delimiter,
    rows: s.rows,
    inserted: s.inserted,
    updated: s.updated,
    unchanged: s.unchanged,
    warnings: s.warnings,
    warningCount: s.warningCount,
    errors: s.errors,
    errorCount: s.errorCount,
  };
}
