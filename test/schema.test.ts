import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

  describe("type-checked against the generated client", () => {
    // One compiler run for the examples and two probes of the typed create: the same call with
    // every required field, and without femaleParticipants, which must not compile.
    let probes: string;
    let diagnostics: { file: string | undefined; line: number | undefined; code: number; message: string }[];
    const probe = (fields: string) => `import { CreateTraining } from ${JSON.stringify(path.join(root, "examples", "create-training"))};
import { request } from ${JSON.stringify(path.join(root, "examples", "mission-deployments"))};
export const created = request("http://localhost:4000/graphql", CreateTraining, {
  input: { ${fields} },
});
`;
    const required = `title: "Community policing basics", topicCode: "COMMUNITY_POLICING", countryIso3: "HTI", startDate: "2021-03-01", participants: 30`;

    beforeAll(() => {
      // The real path: the compiler reports files by it.
      probes = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "typed-create-")));
      fs.writeFileSync(path.join(probes, "complete.ts"), probe(`${required}, femaleParticipants: 12`));
      fs.writeFileSync(path.join(probes, "missing.ts"), probe(required));
      const configPath = path.join(root, "tsconfig.json");
      const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
      const files = [path.join(root, "examples", "mission-deployments.ts"), path.join(root, "examples", "create-training.ts"), path.join(probes, "complete.ts"), path.join(probes, "missing.ts")];
      const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
      diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ({
        file: d.file && path.resolve(d.file.fileName),
        line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : undefined,
        code: d.code,
        message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
      }));
    });
    afterAll(() => fs.rmSync(probes, { recursive: true, force: true }));

    it("the examples compile", () => {
      expect(diagnostics.filter((d) => d.file !== path.join(probes, "missing.ts"))).toEqual([]);
    });

    it("a create without a field its input requires does not compile, naming the field", () => {
      // Line 4 of the probe is the input; TS2741: a property required by the type is missing.
      expect(diagnostics.map(({ file, line, code }) => ({ file, line, code }))).toEqual([{ file: path.join(probes, "missing.ts"), line: 4, code: 2741 }]);
      expect(diagnostics[0]!.message).toContain("Property 'femaleParticipants' is missing");
    });
  });
});
