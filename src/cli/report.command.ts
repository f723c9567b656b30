import fs from "node:fs/promises";
import path from "node:path";
import { UserInputError } from "../core/errors";
import { SECTION_IDS, type SectionProgress } from "../core/reports/generation-equality";
import { createScope } from "../core/scope";
import { buildGenerationEqualityReport } from "../report/build";
import { findChromium, PdfPrinter } from "../report/pdf";
import { parseFormat } from "../report/render-options";
import { cliCaller } from "./cli-caller";
import type { CliContext } from "./context";
import { inCliTerms } from "./export.command";
import { write } from "./io";

export interface ReportOptions {
  year?: string;
  from?: string;
  to?: string;
  format?: string;
  lang?: string;
  paper?: string;
  minCellSize?: string;
  out?: string;
  outDir?: string;
}

export const REPORT_NAMES = ["generation-equality"] as const;

/** A progress line on the terminal of whoever asked (this process's, or the forwarding command's), section by section. */
function terminalLine(ctx: CliContext): { progress: SectionProgress; done(ok: boolean): void } {
  const started = performance.now();
  return {
    progress: (id, i, total) => ctx.io.status(`report: section ${i + 1}/${total} (${id})`),
    done: (ok) => ctx.io.status(ok ? `report: ${SECTION_IDS.length} sections read in ${((performance.now() - started) / 1000).toFixed(1)} s` : "", ok),
  };
}

/**
 * `peaceops report generation-equality`: the report as one HTML file (stdout, --out or --out-dir),
 * or as Markdown with each chart's SVG and CSV beside it (--out-dir, or beside --out).
 */
export async function reportCommand(ctx: CliContext, name: string, opts: ReportOptions): Promise<void> {
  if (!(REPORT_NAMES as readonly string[]).includes(name)) throw new UserInputError(`unknown report ${JSON.stringify(name)}: reports are ${REPORT_NAMES.join(", ")}`);
  const format = parseFormat(opts.format, "--format");
  if (format === "md" && !opts.outDir && !opts.out) throw new UserInputError("--format md writes report.md and a file per chart: give --out-dir DIR (or --out FILE.md)", "outDir");
  if (format === "pdf" && !opts.outDir && !opts.out) throw new UserInputError("--format pdf writes a binary file: give --out FILE.pdf (or --out-dir DIR for report.pdf)", "out");
  if (opts.out && opts.outDir) throw new UserInputError("give --out FILE or --out-dir DIR, not both", "out");
  const line = terminalLine(ctx);
  // The browser is looked for before any figure is read, so that a missing one fails at once.
  const chromium = format === "pdf" ? findChromium() : null;
  const printer = chromium ? new PdfPrinter(() => chromium) : undefined;
  let ok = false;
  const built = await ctx
    .lend("prepared", (database) =>
      buildGenerationEqualityReport(createScope(database.db, "cli", cliCaller(false)), { ...opts, format }, line.progress, printer).catch((err: unknown) => {
        throw inCliTerms(err);
      }),
    )
    .then((b) => ((ok = true), b))
    .finally(async () => {
      line.done(ok);
      await printer?.close();
    });
  const dir = opts.outDir ?? (opts.out ? path.dirname(opts.out) : null);
  const main = opts.out ?? (opts.outDir ? path.join(opts.outDir, `report.${format}`) : null);
  if (!main || !dir) {
    await write(ctx.io.stdout, String(built.document));
    return;
  }
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(main, built.document);
  for (const f of built.files) await fs.writeFile(path.join(dir, f.name), f.content);
  await write(ctx.io.stdout, `Wrote ${main}${built.files.length ? ` and ${built.files.length} files beside it` : ""}\n`);
}
