import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { BadUserInputError } from "../src/errors";
import type { Logger } from "../src/logger";
import { createFormatError } from "../src/server/format-error";

function capture() {
  const entries: { obj: any; msg: string }[] = [];
  const logger = { error: (obj: any, msg: string) => entries.push({ obj, msg }) } as unknown as Logger;
  return { logger, entries };
}

describe("error masking", () => {
  it("hides an internal error's message behind an id that the log carries", () => {
    const { logger, entries } = capture();
    const original = new Error('relation "officer" does not exist: SELECT given_name FROM officer');
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ["officers"] });
    const out = createFormatError(logger, false)({ message: original.message, path: ["officers"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } }, wrapped);
    expect(out.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    const id = out.extensions?.errorId as string;
    expect(out.message).toBe(`Internal server error (error id ${id})`);
    expect(JSON.stringify(out)).not.toContain("SELECT");
    expect(JSON.stringify(out)).not.toContain("stacktrace");
    expect(entries).toHaveLength(1);
    expect(entries[0].obj.errorId).toBe(id);
    expect(entries[0].obj.err).toBe(original);
  });

  it("keeps the message of errors written for callers, without a stack trace", () => {
    const { logger, entries } = capture();
    const err = new BadUserInputError("first must be at most 100, got 101", "first");
    const out = createFormatError(logger, false)({ message: err.message, extensions: { ...err.extensions, stacktrace: ["at y"] } }, err);
    expect(out).toEqual({ message: "first must be at most 100, got 101", extensions: { code: "BAD_USER_INPUT", field: "first" } });
    expect(entries).toHaveLength(0);
  });
});
