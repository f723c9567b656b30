import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../../codegen";

// The dashboard talks to the API only through documents typed from schema.graphql: a schema that
// drops a field the page reads must fail the page's type check. The page's sources are copied next to
// a client generated from a changed schema and type-checked as `npm run typecheck` does.
const root = path.join(__dirname, "..", "..");
const web = path.join(root, "web");

type Diagnostic = { file: string; message: string };

function typeCheck(dir: string): Diagnostic[] {
  const configPath = path.join(dir, "tsconfig.json");
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, dir);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return ts.getPreEmitDiagnostics(program).map((d) => ({ file: d.file ? path.relative(dir, d.file.fileName) : "", message: ts.flattenDiagnosticMessageText(d.messageText, "\n") }));
}

async function probe(dir: string, schema: string): Promise<Diagnostic[]> {
  fs.cpSync(path.join(web, "src"), path.join(dir, "src"), { recursive: true, filter: (src) => !src.includes(`${path.sep}gql`) });
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ extends: path.join(web, "tsconfig.json"), include: ["src"] }));
  fs.writeFileSync(path.join(dir, "schema.graphql"), schema);
  const target = config.generates["web/src/gql/"] as Record<string, unknown>;
  const { generate } = await import("@graphql-codegen/cli");
  const outputs = (await generate(
    { schema: path.join(dir, "schema.graphql"), ignoreNoDocuments: true, generates: { [path.join(dir, "src", "gql") + "/"]: { ...target, documents: [path.join(dir, "src", "**", "*.{ts,tsx}"), `!${path.join(dir, "src", "gql", "**")}`] } } } as never,
    false,
  )) as { filename: string; content: string }[];
  for (const out of outputs) {
    fs.mkdirSync(path.dirname(out.filename), { recursive: true });
    fs.writeFileSync(out.filename, out.content);
  }
  return typeCheck(dir);
}

describe("the dashboard's typed client", () => {
  // Inside the checkout, so that the page's packages resolve from its node_modules; not in web/.
  const base = path.join(root, "test-artifacts");
  const dirs: string[] = [];
  const dir = (name: string) => {
    fs.mkdirSync(base, { recursive: true });
    const made = fs.mkdtempSync(path.join(base, `typed-client-${name}-`));
    dirs.push(made);
    return made;
  };
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  let schema: string;
  beforeAll(() => {
    schema = fs.readFileSync(path.join(root, "schema.graphql"), "utf8");
  });
  const change = (type: string, edit: (block: string) => string) => {
    const block = new RegExp(`(type|enum) ${type} \\{[\\s\\S]*?\\n\\}`).exec(schema)![0];
    const changed = schema.replace(block, edit(block));
    expect(changed).not.toBe(schema);
    return changed;
  };
  const at = (...parts: string[]) => path.join("src", ...parts);

  it("type-checks against schema.graphql as it is", async () => {
    expect(await probe(dir("same"), schema)).toEqual([]);
  }, 120_000);

  it("fails when the schema changes the type of a field the page reads", async () => {
    const diagnostics = await probe(dir("type"), change("HeadcountPoint", (b) => b.replace(/\n(\s*)female: Int\n/, "\n$1female: String\n")));
    expect(diagnostics.some((d) => d.file === at("views", "HeadcountView.tsx") && /arithmetic operation/.test(d.message)), JSON.stringify(diagnostics)).toBe(true);
  }, 120_000);

  it("fails until a dimension added to the registry has a label on the page", async () => {
    const diagnostics = await probe(dir("dimension"), change("ParticipationDimension", (b) => b.replace("  YEAR\n", "  YEAR\n  SHIFT\n")));
    expect(diagnostics.some((d) => d.file === at("dimensions.ts") && /Property 'SHIFT' is missing/.test(d.message)), JSON.stringify(diagnostics)).toBe(true);
  }, 120_000);

  it("refuses to generate a client whose documents ask for a field the schema dropped", async () => {
    await expect(probe(dir("dropped"), change("HeadcountPoint", (b) => b.replace(/\n\s*female: Int\n/, "\n")))).rejects.toThrow('Cannot query field "female" on type "HeadcountPoint"');
  }, 120_000);
});
