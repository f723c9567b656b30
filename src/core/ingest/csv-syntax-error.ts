/** A file the import cannot read as CSV text (its grammar, its encoding), at the record's first line. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}
