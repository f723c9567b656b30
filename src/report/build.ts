import fs from "node:fs";
import path from "node:path";
import { generationEqualityContent, resolveOptions, type GenerationEqualityInput, type SectionProgress } from "../core/reports/generation-equality";
import { projectRoot } from "../core/paths";
import type { Scope } from "../core/scope";
import { reportBlocks } from "./document";
import { toHtml } from "./html";
import { MESSAGES } from "./i18n";
import { toMarkdown, type SideFile } from "./markdown";
import { parseFormat, parseLang, type ReportFormat } from "./render-options";

export interface ReportRequest extends GenerationEqualityInput {
  format?: string | null;
  lang?: string | null;
}

export interface BuiltReport {
  format: ReportFormat;
  /** The HTML or the Markdown document. */
  document: string;
  /** Markdown: each chart's SVG and CSV, to be written beside report.md. */
  files: SideFile[];
}

let version: string | null = null;
const peaceopsVersion = () => (version ??= (JSON.parse(fs.readFileSync(path.join(projectRoot(), "package.json"), "utf8")) as { version: string }).version);

/**
 * The Generation Equality report: its options checked (before any SQL), its figures read through
 * the core with the caller's scope, written as HTML or Markdown in the language asked.
 */
export async function buildGenerationEqualityReport(scope: Scope, request: ReportRequest, progress?: SectionProgress): Promise<BuiltReport> {
  const format = parseFormat(request.format);
  const lang = parseLang(request.lang);
  const options = resolveOptions(request);
  const content = await generationEqualityContent(scope, options, progress);
  const blocks = await reportBlocks(content, lang, {
    version: peaceopsVersion(),
    anonymous: scope.caller.kind === "anonymous",
    options: { report: "generation-equality", from: options.period.from, to: options.period.to, year: options.year, minCellSize: content.minCellSize, lang, format },
  });
  if (format === "md") {
    const { text, files } = toMarkdown(blocks);
    return { format, document: text, files };
  }
  return { format, document: toHtml(blocks, lang, MESSAGES[lang].title), files: [] };
}
