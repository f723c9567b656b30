/** One problem in a file: `line` is the record's first physical line (the header is line 1). */
export interface Problem {
  line: number;
  column: string | null;
  message: string;
}

// The report names the first problems in full; past that only the count is useful.
export const REPORTED_PROBLEMS = 100;

/** Keeps the first REPORTED_PROBLEMS problems and counts all of them. */
export class ProblemList {
  readonly items: Problem[] = [];
  count = 0;

  add(line: number, column: string | null, message: string): void {
    this.count++;
    if (this.items.length < REPORTED_PROBLEMS) this.items.push({ line, column, message });
  }
}
