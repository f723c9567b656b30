/**
 * Values a read has already loaded for a row, by field name and then response key (the field's
 * name or its alias): a value is only ever read back by the field it was loaded for. Kept under a
 * symbol, so they are never listed, serialised or mistaken for a column.
 */
export const PRELOADED: unique symbol = Symbol("peaceops.preloaded");

export type Preloaded = Record<string, Record<string, unknown>>;

export interface WithPreloaded {
  [PRELOADED]?: Preloaded;
}
