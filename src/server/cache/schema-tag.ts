import { createHash } from "node:crypto";
import { printSchema, type GraphQLSchema } from "graphql";
import { migrations } from "../../core/db/migrations";
import { peaceopsVersion } from "../../core/version";

/**
 * What a cached answer was computed by: peaceops's version, the database's last migration and the
 * schema. A deployment that changes any of them does not read the answers of the one before from a
 * shared Redis. (A change of code that keeps all three, such as an unreleased fix, should flush the
 * cache: README, "Running at scale".)
 */
export function schemaTag(schema: GraphQLSchema): string {
  const last = migrations[migrations.length - 1]!.name;
  const sdl = createHash("sha256").update(printSchema(schema)).digest("hex").slice(0, 16);
  return `${peaceopsVersion()}/${last}/${sdl}`;
}
