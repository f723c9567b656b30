import { UserInputError } from "../core/errors";
import { ImportUsageError } from "../core/ingest/import";
import { DELIMITER_CHOICES, parseDelimiter, type Delimiter } from "../core/ingest/delimiter";
import { ENCODING_CHOICES, parseEncoding, type ImportEncoding } from "../core/ingest/text-encoding";

/**
 * The CSV options of the import, the exports and `query`, checked where the command runs (here, or
 * in the server it is sent to), so that a wrong value is named in one line like every other usage
 * error.
 */

/** `--encoding`: one of the encodings the import reads. */
export function importEncoding(raw: string, name: string): ImportEncoding {
  const encoding = parseEncoding(raw);
  if (!encoding) throw new ImportUsageError(`${name} ${JSON.stringify(raw)} is not an encoding peaceops reads: ${ENCODING_CHOICES}`);
  return encoding;
}

/** `--delimiter`: a comma, a semicolon or a tab. */
export function importDelimiter(raw: string, name: string): Delimiter {
  const delimiter = parseDelimiter(raw);
  if (!delimiter) throw new ImportUsageError(`${name} ${JSON.stringify(raw)} is not a separator peaceops reads: ${DELIMITER_CHOICES}`);
  return delimiter;
}

/** `--delimiter` of an export or a query: a comma when not given. */
export function csvDelimiter(raw: string | undefined): Delimiter | undefined {
  if (raw === undefined) return undefined;
  const delimiter = parseDelimiter(raw);
  if (!delimiter) throw new UserInputError(`--delimiter must be ${DELIMITER_CHOICES}, got ${JSON.stringify(raw)}`, "delimiter");
  return delimiter;
}
