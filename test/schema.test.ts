import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import config from "../codegen";
import { printPeaceopsSchema } from "../src/graphql/print-schema";

const root = path.join(__dirname, "..");

describe("the committed schema and typed client", () => {
  it("schema.graphql matches the code (run `npm run schema` after changing the API)", () => {
    expect(fs.readFileSync(path.join(root, "schema.graphql"), "utf8")).toBe(printPeaceopsSchema());
  });

  it("generated/ is what codegen makes of schema.graphql and the examples (run `npm run codegen`)", async () => {
    const { generate } = await import("@graphql-codegen/cli");
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const outputs = (await generate(config, false)) as { filename: string; content: string }[];
      expect(outputs.length).toBeGreaterThan(0);
      for (const out of outputs) {
        expect(fs.readFileSync(path.join(root, out.filename), "utf8"), out.filename).toBe(out.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it("the example type-checks against the generated client", () => {
    const configPath = path.join(root, "tsconfig.json");
    const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
    const program = ts.createProgram([path.join(root, "examples", "mission-deployments.ts")], { ...parsed.options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });
});
