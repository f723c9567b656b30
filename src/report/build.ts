import { UserInputError } from "../core/errors";
import { generationEqualityContent, resolveOptions, type GenerationEqualityInput, type SectionProgress } from "../core/reports/generation-equality";
import { peaceopsVersion } from "../core/version";
import type { Scope } from "../core/scope";
import { reportBlocks } from "./document";
import { toHtml } from "./html";
import { MESSAGES } from "./i18n";
import { toMarkdown, type SideFile } from "./markdown";
import type { PdfPrinter } from "./pdf";
import { parseFormat, parseLang, parsePaper, type ReportFormat } from "./render-options";

export interface ReportRequest extends GenerationEqualityInput {
  format?: string | null;
  lang?: string | null;
  /** PDF only: letter (default) or a4. */
  paper?: string | null;
}

export interface BuiltReport {
  format: ReportFormat;
  /** The HTML or the Markdown document, or the PDF's bytes. */
  document: string | Buffer;
  /** Markdown: each chart's SVG and CSV, to be written beside report.md. */
  files: SideFile[];
  /** The period the report covers, as resolved from the options. */
  period: { from: string; to: string };
}


/**
 * The Generation Equality report: its options checked (before any SQL), its figures read through
 * the core with the caller's scope, written as HTML or Markdown in the language asked.
 */
export async function buildGenerationEqualityReport(scope: Scope, request: ReportRequest, progress?: SectionProgress, printer?: PdfPrinter): Promise<BuiltReport> {
  const format = parseFormat(request.format);
  const lang = parseLang(request.lang);
  const paper = format === "pdf" ? parsePaper(request.paper) : null;
  if (request.paper != null && format !== "pdf") throw new UserInputError(`paper applies to the PDF only (format pdf), not to ${format}`, "paper");
  if (format === "pdf" && !printer) throw new Error("a PDF needs a PdfPrinter");
  const options = resolveOptions(request);
  const content = await generationEqualityContent(scope, options, progress);
  const blocks = await reportBlocks(content, lang, {
    version: peaceopsVersion(),
    anonymous: scope.caller.kind === "anonymous",
    options: { report: "generation-equality", from: options.period.from, to: options.period.to, year: options.year, minCellSize: content.minCellSize, lang, format, ...(paper ? { paper } : {}) },
  });
  if (format === "md") {
    const { text, files } = toMarkdown(blocks);
    return { format, document: text, files, period: options.period };
  }
  const html = toHtml(blocks, lang, MESSAGES[lang].title);
  if (format === "pdf" && printer && paper) {
    const { from, to } = options.period;
    const pdf = await printer.print(html, { paper, footer: `${MESSAGES[lang].title} · ${from} – ${to}`, date: to });
    return { format, document: pdf, files: [], period: options.period };
  }
  return { format, document: html, files: [], period: options.period };
}
