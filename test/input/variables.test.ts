import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/core/logger";
import { DEFAULT_LIMITS } from "../../src/server/limits";
import { scanVariables } from "../../src/server/variable-scan";
import { snapshot } from "../import/helpers";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { loadFixture } from "../support/fixture";
import { createTestKey, startTestApp, type TestApp } from "../support/http";

/** JSON text of a value nested `depth` lists or objects deep, built as text (JSON.stringify itself recurses). */
const nestedObjects = (depth: number, inner = '"HTI"') => `${'{"a":'.repeat(depth)}${inner}${"}".repeat(depth)}`;
const nestedLists = (depth: number, inner = '"HTI"') => `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`;

const depthMessage = (field: string, limit = 32) =>
  `The value of ${field} nests lists and objects more than ${limit} levels deep; at most ${limit} are accepted (the variable depth limit, PEACEOPS_MAX_VARIABLE_DEPTH)`;

describe("scanning variables", () => {
  it("walks values nested far deeper than the call stack allows, without recursion", () => {
    let value: unknown = "x";
    for (let i = 0; i < 200_000; i++) value = i % 2 ? [value] : { a: value };
    expect(scanVariables({ f: value }, 32)).toEqual({ kind: "depth", variable: "f", path: ["a"] });
    expect(scanVariables({ f: value }, 200_000)).toBeNull();
  });

  it("counts each list and object as a level and finds the first unstorable text in order", () => {
    expect(scanVariables({ f: { countries: ["HTI"] } }, 2)).toBeNull();
    expect(scanVariables({ f: { countries: [["HTI"]] } }, 2)).toEqual({ kind: "depth", variable: "f", path: ["countries"] });
    expect(scanVariables({ f: [[["HTI"]]] }, 2)).toEqual({ kind: "depth", variable: "f", path: [] });
    expect(scanVariables({ ok: "a", f: { b: ["x", "y\u0000"], c: "z\ud800" } }, 32)).toEqual({ kind: "text", variable: "f", path: ["b"], character: { kind: "nul", codePoint: 0, position: 2 } });
    expect(scanVariables({ f: { "k\udc00": 1 } }, 32)).toEqual({ kind: "text", variable: "f", path: ["k\udc00"], character: { kind: "surrogate", codePoint: 0xdc00, position: 2 } });
    // A complete pair is one character, not a finding.
    expect(scanVariables({ f: "\ud83d\ude00 \ud83d\ude00" }, 32)).toBeNull();
  });
});

describe.each(databaseTargets())("hostile variables on the $name database", (target) => {
  let database: TestDatabase;
  let app: TestApp;
  let editor: string;
  const lines: string[] = [];
  beforeAll(async () => {
    database = await target.open();
    await loadFixture(database.db);
    editor = await createTestKey(database.db, "EDITOR");
    app = await startTestApp(database.db, false, { logger: createLogger("info", { write: (line: string) => void lines.push(line) }) });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
  });

  async function post(body: string, token: string | null = null): Promise<{ status: number; body: any }> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(app.url, { method: "POST", headers, body });
    return { status: res.status, body: await res.json() };
  }

  /** Log lines with an error or a stack, beyond the one request line each. */
  const errorLines = () => lines.map((l) => JSON.parse(l)).filter((l) => l.level >= 50 || JSON.stringify(l).includes("stack") || JSON.stringify(l).includes("RangeError"));

  it("answers variables nested 5,000 deep with BAD_USER_INPUT naming the argument, not 500, and logs no stack", async () => {
    const query = (type: string, arg: string) => JSON.stringify(`query($f: ${type}) { missions(filter: ${arg}) { totalCount } }`);
    const cases: [string, string][] = [
      [`{"query":${query("MissionFilter", "$f")},"variables":{"f":${nestedObjects(5000)}}}`, "filter.a"],
      [`{"query":${query("[String!]", "{ countries: $f }")},"variables":{"f":${nestedLists(5000)}}}`, "filter.countries"],
      // A variable the operation never uses is walked too.
      [`{"query":"{ missions { totalCount } }","variables":{"f":${nestedLists(5000, nestedObjects(5000))}}}`, "$f"],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.status, field).toBe(400);
      expect(res.body, field).toEqual({ errors: [{ message: depthMessage(field), extensions: { code: "BAD_USER_INPUT", field } }] });
    }
    // The server is up and logged nothing but its request lines.
    expect((await app.gql(`{ missions { totalCount } }`)).data).toEqual({ missions: { totalCount: 5 } });
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(["request", "request", "request", "request"]);
    expect(errorLines()).toEqual([]);
  });

  it("lets 32 levels through to the schema's own checks and stops at 33; a mutation so refused writes nothing", async () => {
    const query = JSON.stringify(`query($f: [String!]) { missions(filter: { countries: $f }) { totalCount } }`);
    const at = await post(`{"query":${query},"variables":{"f":${nestedLists(32)}}}`);
    expect(at.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(at.body.errors[0].message).toMatch(/^Variable "\$f" got invalid value .*String cannot represent a non string value/);
    const over = await post(`{"query":${query},"variables":{"f":${nestedLists(33)}}}`);
    expect(over.body.errors).toEqual([{ message: depthMessage("filter.countries"), extensions: { code: "BAD_USER_INPUT", field: "filter.countries" } }]);

    const before = await snapshot(database.db);
    const mutation = JSON.stringify(`mutation($i: CreateMissionInput!) { createMission(input: $i) { code } }`);
    const deep = await post(`{"query":${mutation},"variables":{"i":{"code":"DEEP","name":"Deep","leadOrganizationCode":"UN","kind":"OTHER","startDate":"2020-01-01","hostCountries":${nestedLists(5000)}}}}`, editor);
    expect(deep.status).toBe(400);
    expect(deep.body.errors).toEqual([{ message: depthMessage("input.hostCountries"), extensions: { code: "BAD_USER_INPUT", field: "input.hostCountries" } }]);
    expect(await snapshot(database.db)).toEqual(before);
  });

  it("takes the depth limit from the configuration", async () => {
    const strict = await startTestApp(database.db, false, { limits: { ...DEFAULT_LIMITS, maxVariableDepth: 2 } });
    try {
      const query = `query($f: MissionFilter) { missions(filter: $f) { totalCount } }`;
      expect((await strict.gql(query, { f: { countries: ["HTI"] } })).data).toEqual({ missions: { totalCount: 1 } });
      const res = await strict.gql(query, { f: { countries: [["HTI"]] } });
      expect(res.errors).toEqual([{ message: depthMessage("filter.countries", 2), extensions: { code: "BAD_USER_INPUT", field: "filter.countries" } }]);
    } finally {
      await strict.stop();
    }
  });

  it("refuses a lone surrogate in a JSON body instead of storing U+FFFD, and keeps a complete pair", async () => {
    const before = await snapshot(database.db);
    const mutation = JSON.stringify(`mutation($i: CreateMissionInput!) { createMission(input: $i) { code name } }`);
    const input = (name: string) => `{"code":"PAIR","name":"${name}","leadOrganizationCode":"UN","kind":"OTHER","startDate":"2020-01-01","hostCountries":["HTI"]}`;
    for (const [escaped, position] of [["\\ud800", 1], ["Haiti \\udc00 mission", 7], ["\\ude00\\ud83d", 1]] as const) {
      const res = await post(`{"query":${mutation},"variables":{"i":${input(escaped)}}}`, editor);
      expect(res.status, escaped).toBe(400);
      const unit = /\\u(d[89a-f][0-9a-f]{2})/.exec(escaped)![1];
      expect(res.body.errors, escaped).toEqual([{
        message: `Text must be well-formed Unicode: input.name holds a lone surrogate (\\u${unit} without its other half) at position ${position}; send the character itself or its complete surrogate pair`,
        extensions: { code: "BAD_USER_INPUT", field: "input.name" },
      }]);
    }
    const search = await post(`{"query":"query($s: String) { missions(filter: { search: $s }) { totalCount } }","variables":{"s":"Ha\\ud800iti"}}`);
    expect(search.body.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "filter.search" } });
    expect(await snapshot(database.db)).toEqual(before);

    const pair = await post(`{"query":${mutation},"variables":{"i":${input("Mission \\ud83d\\udd4a")}}}`, editor);
    expect(pair.body).toEqual({ data: { createMission: { code: "PAIR", name: "Mission \u{1F54A}" } } });
    expect(await database.db.query(`SELECT name FROM mission WHERE code = 'PAIR'`)).toEqual([{ name: "Mission \u{1F54A}" }]);
  });
});
