import pino from "pino";

// Structured JSON logs on stderr. Personal data (officers' names) and tokens are never logged:
// the redaction is a second line of defence, the first is not putting them in log calls.
export function createLogger(level = process.env.LOG_LEVEL || "info"): pino.Logger {
  return pino(
    {
      level,
      base: { service: "peaceops" },
      redact: {
        paths: ["*.givenName", "*.familyName", "*.authorization", "req.headers.authorization", "variables"],
        censor: "[redacted]",
      },
    },
    pino.destination(2),
  );
}

export type Logger = pino.Logger;
