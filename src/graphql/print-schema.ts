import { lexicographicSortSchema, printSchema } from "graphql";
import { buildPeaceopsSchema } from "./build-schema";

/** The SDL committed as schema.graphql: sorted, so that diffs show real changes only. */
export function printPeaceopsSchema(): string {
  return printSchema(lexicographicSortSchema(buildPeaceopsSchema())) + "\n";
}
