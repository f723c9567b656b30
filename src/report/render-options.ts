import { UserInputError } from "../core/errors";
import { LANGS, type Lang } from "./i18n";
import { PAPERS, type Paper } from "./pdf";

export const FORMATS = ["html", "md", "pdf"] as const;
export type ReportFormat = (typeof FORMATS)[number];

/** The document's format, `html` unless asked; anything else names what is accepted. */
export function parseFormat(raw: string | null | undefined, label = "format"): ReportFormat {
  const value = (raw ?? "html").toLowerCase();
  if (!(FORMATS as readonly string[]).includes(value)) throw new UserInputError(`${label} must be one of ${FORMATS.join(", ")}, got ${JSON.stringify(raw)}`, "format");
  return value as ReportFormat;
}

/** The document's language, `en` unless asked. */
export function parseLang(raw: string | null | undefined, label = "lang"): Lang {
  const value = (raw ?? "en").toLowerCase();
  if (!(LANGS as readonly string[]).includes(value)) throw new UserInputError(`${label} must be one of ${LANGS.join(", ")}, got ${JSON.stringify(raw)}`, "lang");
  return value as Lang;
}

/** The PDF's paper, `letter` (Canada's) unless asked; `a4` for the rest of the world. */
export function parsePaper(raw: string | null | undefined, label = "paper"): Paper {
  const value = (raw ?? "letter").toLowerCase();
  if (!(PAPERS as readonly string[]).includes(value)) throw new UserInputError(`${label} must be one of ${PAPERS.join(", ")}, got ${JSON.stringify(raw)}`, "paper");
  return value as Paper;
}
