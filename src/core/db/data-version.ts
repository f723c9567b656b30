import type { Queryable } from "../repositories/sql";

/**
 * The data version (migration DataVersion1765123200000): a number that every committed change of
 * the data moves on, in the change's own transaction. Read on a database, it says which writes that
 * database's answers include: a reader that sees version v sees every write up to v.
 */
export async function readDataVersion(reads: Queryable): Promise<number | null> {
  const rows = (await reads.query(`SELECT version FROM data_version`)) as { version: number }[];
  // Emptied by hand (TRUNCATE of every table): nothing can be said of the data's state, so nothing
  // is cached and every read goes to the primary until a migration or an operator restores the row.
  return rows[0] ? Number(rows[0].version) : null;
}

/**
 * The data version of one database, read for many requests at once without losing exactness: a
 * caller gets a read that *started after it asked*, so it includes every write committed before
 * the request. Callers that ask while a read is running share the next one, which starts when that
 * read ends; so at most one read runs and one waits, however many requests arrive, and a busy
 * server reads the version a few hundred times a second instead of once per request (freeing the
 * pool's connections for the requests' own reads).
 */
export class SharedVersionRead {
  private running: Promise<number | null> | null = null;
  private waiting: Promise<number | null> | null = null;

  constructor(private readonly reads: Queryable) {}

  read(): Promise<number | null> {
    if (!this.running) return this.start();
    if (!this.waiting) {
      const before = this.running;
      this.waiting = before.then(
        () => undefined,
        () => undefined,
      ).then(() => {
        this.waiting = null;
        return this.start();
      });
    }
    return this.waiting;
  }

  private start(): Promise<number | null> {
    const read: Promise<number | null> = readDataVersion(this.reads).finally(() => {
      if (this.running === read) this.running = null;
    });
    this.running = read;
    return read;
  }
}
