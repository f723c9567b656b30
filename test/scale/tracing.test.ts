import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/core/logger";
import { statementSummary } from "../../src/server/tracing/statement-summary";
import { startTracing, type RequestTracing } from "../../src/server/tracing/tracing";
import { cliWorkspace, stop } from "../support/cli";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { startTestApp, type TestApp } from "../support/http";
import { postAt } from "../support/post";

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
  status?: { code?: number; message?: string };
}

/** A collector of OTLP/HTTP JSON traces on a loopback port: what it received, as sent. */
async function startCollector() {
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    let text = "";
    req.on("data", (d) => (text += d));
    req.on("end", () => {
      if (req.url === "/v1/traces" && req.method === "POST") bodies.push(text);
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    bodies,
    spans(): { resource: Record<string, unknown>; span: OtlpSpan }[] {
      return bodies.flatMap((b) =>
        (JSON.parse(b).resourceSpans as any[]).flatMap((rs) => {
          const resource = Object.fromEntries((rs.resource.attributes as any[]).map((a) => [a.key, Object.values(a.value)[0]]));
          return (rs.scopeSpans as any[]).flatMap((ss) => (ss.spans as OtlpSpan[]).map((span) => ({ resource, span })));
        }),
      );
    },
    close: () => new Promise((r) => server.close(r)),
  };
}
const attribute = (span: OtlpSpan, key: string) => {
  const a = span.attributes.find((x) => x.key === key);
  return a ? Object.values(a.value)[0] : undefined;
};

describe("a statement's summary in a trace", () => {
  it("is its command and first table, never its values", () => {
    expect(statementSummary(`SELECT m.id, m.code FROM mission m WHERE m.code = $1`)).toBe("SELECT mission");
    expect(statementSummary(`  insert into "deployment" (officer_id) values (1)`)).toBe("INSERT deployment");
    expect(statementSummary(`UPDATE data_version SET version = version + 1`)).toBe("UPDATE data_version");
    expect(statementSummary(`SELECT 1`)).toBe("SELECT");
    expect(statementSummary(`WITH w AS (SELECT * FROM officer WHERE family_name = 'Tremblay') SELECT count(*) FROM w`)).toBe("WITH officer");
  });
});

describe.each(databaseTargets())("OpenTelemetry traces on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "ADMIN" });
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let tracing: RequestTracing;
  let app: TestApp;
  beforeAll(async () => {
    collector = await startCollector();
    tracing = await startTracing({ tracesUrl: `${collector.base}/v1/traces`, serviceName: "peaceops-test", logger: createLogger("silent") });
    app = await startTestApp(fx.database.db, true, { tracing });
  });
  afterAll(async () => {
    await app?.stop();
    await tracing?.shutdown();
    await collector?.close();
  });

  it("sends a span per request, in the caller's trace, with a child span per SQL statement and no personal data", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const parent = "00f067aa0ba902b7";
    const query = `query Officers { officers(first: 3) { edges { node { personnelNumber givenName familyName } } } }`;
    const res = await postAt(app.url, { query }, fx.tokens.ADMIN, { traceparent: `00-${traceId}-${parent}-01` });
    const names = res.body.data.officers.edges.map((e: any) => e.node.familyName).filter(Boolean);
    expect(names.length).toBeGreaterThan(0);
    const statements = res.body.extensions.sql.statements;
    expect(statements).toBeGreaterThan(0);
    await tracing.flush();

    const spans = collector.spans().filter((s) => s.span.traceId === traceId);
    const server = spans.filter((s) => s.span.parentSpanId === parent);
    expect(server.map((s) => s.span.name)).toEqual(["POST /graphql"]);
    const request = server[0]!.span;
    expect(request.kind).toBe(2); // SERVER
    expect(attribute(request, "graphql.operation.name")).toBe("Officers");
    expect(attribute(request, "graphql.operation.type")).toBe("query");
    expect(attribute(request, "http.response.status_code")).toBe(200);
    expect(Number(attribute(request, "peaceops.sql.statements"))).toBe(statements);
    expect(server[0]!.resource["service.name"]).toBe("peaceops-test");
    const children = spans.filter((s) => s.span.parentSpanId === request.spanId).map((s) => s.span);
    expect(children.length).toBe(statements);
    expect(children.every((c) => c.kind === 3 && attribute(c, "db.system.name") === "postgresql")).toBe(true);
    expect(children.map((c) => c.name)).toContain("SELECT officer");
    // Nothing of what was asked or answered: no name, no token, no query text.
    const sent = collector.bodies.join("\n");
    for (const name of names) expect(sent).not.toContain(name);
    expect(sent).not.toContain(fx.tokens.ADMIN!);
    expect(sent).not.toContain("personnelNumber");
  });

  it("marks a request whose answer has errors, and starts a trace of its own without traceparent", async () => {
    const res = await postAt(app.url, { query: `query Keys { apiKeys { name } }` });
    expect(res.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    await tracing.flush();
    const span = collector.spans().map((s) => s.span).find((s) => attribute(s, "graphql.operation.name") === "Keys")!;
    expect(span.parentSpanId ?? "").toBe("");
    expect(span.status).toEqual({ code: 2, message: "UNAUTHENTICATED" });
    expect(attribute(span, "peaceops.error_codes")).toEqual({ values: [{ stringValue: "UNAUTHENTICATED" }] });
  });
});

describe("peaceops serve with OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  const { serve, cleanup } = cliWorkspace("peaceops-tracing");
  afterAll(cleanup);

  it("sends the requests' spans, the last ones when it stops", async () => {
    const collector = await startCollector();
    try {
      const server = await serve({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.base, PEACEOPS_SEED: "reference", LOG_LEVEL: "info" });
      try {
        const res = await postAt(server.url, { query: `query Countries { countries(first: 1) { totalCount } }` });
        expect(res.body.data.countries.totalCount).toBeGreaterThan(0);
      } finally {
        expect(await stop(server.child)).toBe(0);
      }
      const span = collector.spans().find((s) => s.span.name === "POST /graphql");
      expect(span && attribute(span.span, "graphql.operation.name")).toBe("Countries");
      expect(span!.resource["service.name"]).toBe("peaceops");
      expect(server.output()).toContain("tracing: spans go to the OTLP endpoint");
    } finally {
      await collector.close();
    }
  }, 120_000);
});
