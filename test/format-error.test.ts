import { GraphQLError, locatedError } from "graphql";
import { describe, expect, it } from "vitest";
import { UserInputError } from "../src/core/errors";
import { toGraphQLError } from "../src/graphql/errors";
import type { Logger } from "../src/core/logger";
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
    const err = toGraphQLError(new UserInputError("first must be at most 100, got 101", "first"));
    const out = createFormatError(logger, false)({ message: err.message, extensions: { ...err.extensions, stacktrace: ["at y"] } }, err);
    expect(out).toEqual({ message: "first must be at most 100, got 101", extensions: { code: "BAD_USER_INPUT", field: "first" } });
    expect(entries).toHaveLength(0);
  });

  it("maps a core error thrown by a resolver (wrapped by graphql-js, no extensions) to its code and field", () => {
    const { logger, entries } = capture();
    const wrapped = locatedError(new UserInputError("mission: unknown code XYZ", "mission"), null, ["femaleParticipation"]);
    expect(wrapped.extensions).toEqual({});
    const out = createFormatError(logger, false)({ message: wrapped.message, path: ["femaleParticipation"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, wrapped);
    expect(out).toEqual({ message: "mission: unknown code XYZ", path: ["femaleParticipation"], extensions: { field: "mission", code: "BAD_USER_INPUT" } });
    expect(entries).toHaveLength(0);
  });

  it("answers a statement cancelled by the timeout as a limit, and any other cancellation as internal", () => {
    const { logger, entries } = capture();
    const cancelled = (message: string) => {
      const driverError = Object.assign(new Error(message), { code: "57014" });
      const original = Object.assign(new Error(message), { name: "QueryFailedError", driverError, code: "57014" });
      return new GraphQLError(message, { originalError: original, path: ["femaleParticipation"] });
    };
    const format = createFormatError(logger, false, 15000);
    const timeout = cancelled("canceling statement due to statement timeout");
    expect(format({ message: timeout.message, path: ["femaleParticipation"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, timeout)).toEqual({
      message: "The database cancelled this query after the statement timeout of 15000 ms: narrow the period, the filters or the page",
      path: ["femaleParticipation"],
      locations: undefined,
      extensions: { code: "QUERY_TOO_COMPLEX" },
    });
    expect(entries).toHaveLength(0);
    const operator = cancelled("canceling statement due to user request");
    const out = format({ message: operator.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, operator);
    expect(out.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(entries).toHaveLength(1);
  });

  it("passes Apollo's code-less protocol errors with a 4xx status as BAD_REQUEST, and masks code-less errors without one", () => {
    const { logger } = capture();
    const format = createFormatError(logger, false);
    const mismatch = new GraphQLError("provided sha does not match query", { extensions: { http: { status: 400 } } });
    expect(format({ message: mismatch.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, mismatch)).toEqual({ message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } });
    const bug = new GraphQLError("Cannot read properties of undefined");
    expect(format({ message: bug.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, bug).message).toMatch(/^Internal server error \(error id /);
  });
});
