import { cliActor } from "../core/audit/actor";
import type { Caller } from "../core/policy";

/**
 * The CLI runs as the local operator, who reaches the database directly anyway: it reads as an
 * ANALYST (pseudonymous records, suppression thresholds of their choosing). Names are personal
 * data and come only when asked for (`--include-names`), which makes it an ADMIN for that run.
 */
export function cliCaller(includeNames: boolean): Caller {
  return { kind: "key", name: cliActor().name, roles: new Set([includeNames ? "ADMIN" : "ANALYST"]), cli: true };
}
