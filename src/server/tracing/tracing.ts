import { performance } from "node:perf_hooks";
import type { Attributes, Context, Span, Tracer } from "@opentelemetry/api";
import type { Request } from "express";
import type { Logger } from "../../core/logger";
import { peaceopsVersion } from "../../core/version";
import { statementSummary } from "./statement-summary";

/** One request's span, and its statements' child spans. */
export interface RequestSpan {
  statement(text: string, startedAt: number, ms: number, failed: boolean): void;
  end(outcome: { status: number | null; operationName: string | null; operation: string | null; errorCodes: string[]; sqlStatements: number; cache: string | null }): void;
}

/** OpenTelemetry traces of the API's requests (OTEL_EXPORTER_OTLP_ENDPOINT). */
export interface RequestTracing {
  start(req: Request, route: string): RequestSpan;
  /** Sends what is buffered. */
  flush(): Promise<void>;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** Where spans go, as OTLP over HTTP (JSON): the traces URL (…/v1/traces). */
  tracesUrl: string;
  serviceName: string;
  logger: Logger;
  /** This process's number among several (PEACEOPS_WORKERS). */
  worker?: number;
}

/**
 * Traces over OTLP/HTTP: a server span per request of /graphql, /export and /reports (continuing
 * the caller's W3C `traceparent` when it sends one), with the operation's name and type, the status,
 * the statement count and the cache's answer, and a child span per SQL statement named by its
 * command and first table. Never a statement's text, a query, its variables or a header: they can
 * hold names or tokens. The SDK is loaded only when tracing is configured; no exporter runs otherwise.
 */
export async function startTracing(options: TracingOptions): Promise<RequestTracing> {
  const api = await import("@opentelemetry/api");
  const { W3CTraceContextPropagator } = await import("@opentelemetry/core");
  const { TracerProvider, BatchSpanProcessor } = await import("@opentelemetry/sdk-trace");
  const { OTLPTraceExporter } = await import("@opentelemetry/exporter-trace-otlp-http");
  const { resourceFromAttributes } = await import("@opentelemetry/resources");
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      "service.name": options.serviceName,
      "service.version": peaceopsVersion(),
      ...(options.worker !== undefined ? { "service.instance.id": `${process.pid}`, "peaceops.worker": options.worker } : {}),
    }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: options.tracesUrl }) })],
  });
  const tracer: Tracer = provider.getTracer("peaceops", peaceopsVersion());
  const propagator = new W3CTraceContextPropagator();
  const now = () => performance.timeOrigin + performance.now();
  options.logger.info({ tracesUrl: options.tracesUrl }, "tracing: spans go to the OTLP endpoint");

  return {
    start(req, route) {
      const parent: Context = propagator.extract(api.ROOT_CONTEXT, req.headers, api.defaultTextMapGetter);
      const span: Span = tracer.startSpan(
        `${req.method} ${route}`,
        { kind: api.SpanKind.SERVER, startTime: now(), attributes: { "http.request.method": req.method, "http.route": route, "url.path": new URL(req.originalUrl, "http://localhost").pathname } },
        parent,
      );
      const within = api.trace.setSpan(api.ROOT_CONTEXT, span);
      return {
        statement(text, startedAt, ms, failed) {
          const summary = statementSummary(text);
          const child = tracer.startSpan(summary, { kind: api.SpanKind.CLIENT, startTime: startedAt, attributes: { "db.system.name": "postgresql", "db.query.summary": summary } }, within);
          if (failed) child.setStatus({ code: api.SpanStatusCode.ERROR });
          child.end(startedAt + ms);
        },
        end(o) {
          const codes = [...new Set(o.errorCodes)];
          const attributes: Attributes = { "peaceops.sql.statements": o.sqlStatements };
          if (o.status !== null) attributes["http.response.status_code"] = o.status;
          if (o.operationName) attributes["graphql.operation.name"] = o.operationName;
          if (o.operation) attributes["graphql.operation.type"] = o.operation;
          if (o.cache) attributes["peaceops.answer_cache"] = o.cache;
          if (codes.length) attributes["peaceops.error_codes"] = codes;
          span.setAttributes(attributes);
          if (o.status === null || o.status >= 500 || codes.length) span.setStatus({ code: api.SpanStatusCode.ERROR, ...(codes.length ? { message: codes.join(", ") } : {}) });
          span.end(now());
        },
      };
    },
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}
