import type { DataSource } from "typeorm";
import { createLoaders, type Loaders } from "../loaders";

export type Role = "ANALYST" | "EDITOR" | "ADMIN";

/** Who is calling. API keys arrive with the access-control work; until then every caller is anonymous. */
export interface Caller {
  kind: "anonymous" | "key";
  name: string | null;
  roles: ReadonlySet<Role>;
}

export const ANONYMOUS: Caller = { kind: "anonymous", name: null, roles: new Set() };

export interface Context {
  db: DataSource;
  caller: Caller;
  loaders: Loaders;
  requestId: string;
}

export function createContext(db: DataSource, requestId: string, caller: Caller = ANONYMOUS): Context {
  return { db, caller, loaders: createLoaders(db), requestId };
}
