/** Relay paging arguments: a page from the start (`first`, `after`) or from the end (`last`, `before`). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of rows with its cursors and the number of rows over all pages. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

/** One sort key of a list: one of the list's order fields, and its direction. */
export interface Order<F extends string> {
  field: F;
  direction: OrderDirection;
}
