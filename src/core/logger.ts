import pino from "pino";

// Structured JSON logs on stderr. Personal data (officers' names) and tokens are never logged:
// the redaction is a second line of defence, the first is not putting them in log calls.
export function createLogger(level = process.env.LOG_LEVEL || "info", destination: pino.DestinationStream = pino.destination(2)): pino.Logger {
  return pino(
    {
      level,
      base: { service: "peaceops" },
      // An error keeps its type, message, code and stack: never a failing query's bound values or a
      // driver's "Failing row contains (...)" detail, which could hold personal data.
      serializers: {
        err: (err: unknown) => {
          if (!(err instanceof Error)) return { message: String(err) };
          return { type: err.name, message: err.message, code: (err as { code?: unknown }).code, stack: err.stack };
        },
      },
      redact: {
        paths: ["*.givenName", "*.familyName", "*.authorization", "req.headers.authorization", "variables"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

export type Logger = pino.Logger;
