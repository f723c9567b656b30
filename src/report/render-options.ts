import { UserInputError } from "../core/errors";
import { LANGS, type Lang } from "./i18n";

export const FORMATS = ["html", "md"] as const;
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
