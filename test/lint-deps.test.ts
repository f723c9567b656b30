import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const CONFIG = path.join(ROOT, ".dependency-cruiser.cjs");
const CLI = path.join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");

/** The rules `npm run lint:deps` reports for the `src` tree under `dir`, by name, with the offending import. */
function violations(dir: string): { rule: string; from: string; to: string }[] {
  const run = spawnSync(process.execPath, [CLI, "src", "--config", CONFIG, "--output-type", "json"], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (!run.stdout) throw new Error(`dependency-cruiser did not run: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe("the import rules (npm run lint:deps)", () => {
  it("fail on a tree that breaks each of them, naming the rule and the import", () => {
    const found = violations(path.join(__dirname, "fixtures", "layer-violations"));
    const rules = new Set(found.map((v) => v.rule));
    expect([...rules].sort()).toEqual([
      "core-below-graphql-export-report-server-cli", "core-knows-no-transport", "export-below-report-server-cli", "folder-cycle", "graphql-below-export-report-server-cli", "report-below-server-cli", "server-below-cli",
    ]);
    expect(found).toContainEqual({ rule: "core-knows-no-transport", from: "src/core/alpha/uses-graphql.ts", to: expect.stringMatching(/node_modules\/graphql\//) });
    expect(found).toContainEqual({ rule: "core-below-graphql-export-report-server-cli", from: "src/core/alpha/uses-graphql.ts", to: "src/graphql/adapter.ts" });
    expect(found).toContainEqual({ rule: "server-below-cli", from: "src/server/server.ts", to: "src/cli/command.ts" });
    expect(found).toContainEqual({ rule: "report-below-server-cli", from: "src/report/report.ts", to: "src/server/server.ts" });
    expect(found).toContainEqual({ rule: "export-below-report-server-cli", from: "src/export/export.ts", to: "src/server/server.ts" });
    expect(found.filter((v) => v.rule === "folder-cycle").map((v) => v.from).sort()).toEqual(["src/core/alpha", "src/core/beta"]);
  });

  it("pass on peaceops itself", () => {
    expect(violations(ROOT)).toEqual([]);
  }, 60_000);
});
