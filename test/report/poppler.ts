import { spawnSync } from "node:child_process";

/** Runs one of poppler's tools (Debian's poppler-utils, installed by .ci/run); fails, never skips, when it is missing. */
function poppler(tool: string, args: string[]): string {
  const run = spawnSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`${tool} could not run (${run.error.message}): install poppler-utils (apt-get install poppler-utils)`);
  if (run.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed: ${run.stderr}`);
  return run.stdout;
}

/** pdfinfo's report on a PDF file: page count, page size, dates. */
export const pdfInfo = (file: string) => poppler("pdfinfo", [file]);

/** The text of each page, in reading layout, with no-break spaces as plain spaces. */
export function pdfPages(file: string): string[] {
  const pages = poppler("pdftotext", ["-layout", file, "-"]).replace(/[\u00a0\u202f]/g, " ").split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}
