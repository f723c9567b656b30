/**
 * What a read should bring back with each row, decided before the SQL is written: for every
 * response key (a field's name or its alias), the relation it reads and what to bring with that
 * relation's rows in turn. The reads build the SQL from a plan; they never see the request that
 * asked for it. An empty plan reads the rows alone.
 */
export interface ReadPlan {
  /**
   * The fields read from the rows, by name; null = all of them. A read may leave out the columns
   * no field reads (it always keeps the key and the columns that point at other rows).
   */
  fields: readonly string[] | null;
  /** Related rows to load in the same statement, by the key the caller reads them under. */
  include: Record<string, Include>;
}

export interface Include {
  /** A relation of the row's type, as declared in `relations.ts`. */
  relation: string;
  plan: ReadPlan;
}

/** A page of a connection: its rows' plan, and whether its total is needed. */
export interface PagePlan extends ReadPlan {
  totalCount: boolean;
}

/** How a read's rows come back: extra columns and joins for its includes, and the row mapper. */
export interface RowShape<T> {
  map: (row: any) => T;
  /**
   * The include columns (`, <value> AS "__pre_<key>"`) and the joins they read from (to follow
   * `FROM <rows> <alias>`), given the alias of the rows' relation; none without includes.
   * `oneRow`: the rows are one row found by its key (its to-many includes read for it alone).
   */
  includesOf?: (alias: string, oneRow?: boolean) => { columns: string; joins: string };
  /**
   * A row as one JSON value built by PostgreSQL (its read columns and includes, as an array),
   * given its alias, with the joins that bring its to-one includes.
   */
  jsonOf: (alias: string) => { json: string; joins: string };
  /** Maps a row read as `jsonOf` built it to the object a caller reads. */
  mapJson: (json: unknown[]) => T;
}
