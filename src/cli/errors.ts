import { GraphQLError } from "graphql";
import { ApiKeyInputError } from "../core/auth/api-key.repository";
import { ConfigError } from "../config";
import { DatabaseLockedError } from "../core/db/lock";
import { PeaceopsError } from "../core/errors";
import { PendingMigrationsError } from "../core/db/open";
import { SeedRefusedError } from "../core/db/seed";
import { OperationError } from "./query/run-operation";
import { ImportUsageError, ImportWriteError } from "../core/ingest/import";

/** The file was read and had errors: the report is printed, nothing was written. */
export class ImportRejectedError extends Error {}

/** A command's error as its own message, told to it by the server that ran it. */
export class ForwardedError extends Error {}

// Errors the user can act on: one clear line, no stack. PeaceopsErrors (bad input, access, limits)
// and GraphQLErrors (a document that does not parse or validate) have messages written for callers.
const EXPECTED = [ConfigError, DatabaseLockedError, PendingMigrationsError, SeedRefusedError, PeaceopsError, GraphQLError, OperationError, ApiKeyInputError, ImportUsageError, ImportWriteError, ImportRejectedError, ForwardedError];

/** The line (or, for a bug, the stack) a command that failed prints to stderr, after `peaceops: `. */
export function describeCliError(err: unknown): string {
  if (EXPECTED.some((E) => err instanceof E)) return (err as Error).message;
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
