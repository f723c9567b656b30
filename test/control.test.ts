import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { controlPaths } from "../src/cli/control/paths";
import { startControlServer, type ControlServer } from "../src/cli/control/server";
import { createDataSource } from "../src/core/db/data-source";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../src/core/db/embedded/database";
import { createLogger } from "../src/core/logger";
import { pdfPages } from "./report/poppler";
import { loadFixture } from "./support/fixture";

const BIN = path.join(__dirname, "..", "bin", "peaceops.js");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-control-"));
const dataDir = path.join(work, "data");
const paths = controlPaths(dataDir);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function post(body: string, token: string | null): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    const req = http.request({ socketPath: paths.socket, path: "/run", method: "POST", agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

function cli(args: string[]): { exited: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>; child: ReturnType<typeof spawn> } {
  const { DATABASE_URL: _a, ...rest } = process.env;
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...rest, LOG_LEVEL: "warn", PEACEOPS_DATA_DIR: dataDir }, cwd: work });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { exited, child };
}

const count = async (db: DataSource, sql: string) => ((await db.query(sql)) as { n: number }[])[0]!.n;

describe("the control channel of a process that owns the embedded database", () => {
  let embedded: EmbeddedDatabase;
  let db: DataSource;
  let control: ControlServer;
  const logged: string[] = [];
  beforeAll(async () => {
    embedded = await startEmbeddedDatabase({ dataDir });
    db = createDataSource({ embedded });
    await db.initialize();
    await db.runMigrations({ transaction: "all" });
    await loadFixture(db);
    control = await startControlServer({ dataDir, db, config: loadConfig({ PEACEOPS_DATA_DIR: dataDir }), logger: createLogger("info", { write: (line: string) => logged.push(line) }) });
  });
  afterAll(async () => {
    await control?.close();
    await db?.destroy();
    await embedded?.close();
  });

  it("is closed to other OS users, and opens only with the token it wrote", async () => {
    expect(fs.statSync(paths.dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(paths.socket).mode & 0o777).toBe(0o600);
    expect(fs.statSync(paths.token).mode & 0o777).toBe(0o600);
    const token = fs.readFileSync(paths.token, "utf8");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const keysBefore = await count(db, "SELECT count(*)::int AS n FROM api_key");
    const create = JSON.stringify({ command: "keys create", args: [], opts: { role: "ADMIN", name: "intruder", json: true } });
    expect((await post(create, null)).status).toBe(401);
    expect((await post(create, "x".repeat(43))).status).toBe(401);
    expect((await post(create, token.slice(0, 42))).status).toBe(401);
    expect(await count(db, "SELECT count(*)::int AS n FROM api_key")).toBe(keysBefore);
    // With the token, but not an invocation: refused with what was wrong, nothing run.
    const unknown = await post(JSON.stringify({ command: "serve", args: [], opts: {} }), token);
    expect([unknown.status, unknown.body.toString()]).toEqual([400, 'unknown command "serve": one of import, keys create, keys list, keys revoke, export, query, report']);
    const badArgs = await post(JSON.stringify({ command: "keys revoke", args: [1], opts: {} }), token);
    expect([badArgs.status, badArgs.body.toString()]).toEqual([400, "args must be a list of strings"]);
  });

  it("runs a command for the command line, with its output and exit code", async () => {
    const { exited } = cli(["keys", "create", "--role", "EDITOR", "--name", "through the owner", "--json"]);
    const done = await exited;
    expect([done.code, done.stderr]).toEqual([0, ""]);
    expect(JSON.parse(done.stdout)).toMatchObject({ name: "through the owner", role: "EDITOR" });
    const [row] = await db.query(`SELECT role, created_by FROM api_key WHERE name = 'through the owner'`);
    expect(row).toEqual({ role: "EDITOR", created_by: `cli:${os.userInfo().username}` });
    // A failure keeps its message and exit code.
    const failed = await cli(["keys", "revoke", "po_nothing"]).exited;
    expect([failed.code, failed.stdout, failed.stderr]).toEqual([1, "", 'peaceops: no API key has the id or prefix "po_nothing" (see `peaceops keys list`)\n']);
  });

  it("builds the report for the command line: its progress line on the asking terminal, its PDF at the asking path", async () => {
    // `script` gives the command a terminal of its own, so that it shows its progress line.
    const command = [process.execPath, BIN, "report", "generation-equality", "--from", "2010-01-01", "--to", "2023-12-31", "--format", "pdf", "--out", "forwarded.pdf"].map((a) => `'${a}'`).join(" ");
    const { DATABASE_URL: _a, ...rest } = process.env;
    const child = spawn("script", ["-qec", command, "/dev/null"], { env: { ...rest, LOG_LEVEL: "warn", PEACEOPS_DATA_DIR: dataDir }, cwd: work });
    let terminal = "";
    child.stdout!.on("data", (d) => (terminal += d));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code, terminal).toBe(0);
    const lines = terminal.split(/\r\x1b\[2K|\r?\n/).map((l) => l.trim()).filter(Boolean);
    expect(lines.slice(0, 8)).toEqual(["women-share", "headcount", "senior", "countries", "trainings", "un", "reconciliation", "milestones"].map((id, i) => `report: section ${i + 1}/8 (${id})`));
    expect(lines[8]).toMatch(/^report: 8 sections read in \d+\.\d s$/);
    expect(lines[9]).toBe(`Wrote ${path.join(work, "forwarded.pdf")}`);
    // Written by this process (the owner), where the command line asked.
    const pages = pdfPages(path.join(work, "forwarded.pdf"));
    expect(pages[0]).toContain("Generation Equality report: Canadian police in peace operations");
    expect(pages.join("\n")).toContain("SYNTHETIC data");
  }, 60_000);

  it("stops an import whose command was interrupted, and keeps nothing of it", async () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `CTL-${i + 1},${i % 2 ? "MALE" : "FEMALE"},Constable,SQ`);
    const file = path.join(work, "many.csv");
    fs.writeFileSync(file, ["personnel_number,gender,rank,police_service_code", ...rows].join("\n"));
    const before = await count(db, "SELECT count(*)::int AS n FROM officer");
    const { child, exited } = cli(["import", "officers", file]);
    // Interrupted once the server has started on it.
    const started = () => logged.some((l) => JSON.parse(l).command === "import");
    for (let i = 0; i < 600 && !started(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started()).toBe(true);
    child.kill("SIGINT");
    const done = await exited;
    expect(done.code === 130 || done.signal === "SIGINT").toBe(true);
    // Wait for the server's side of the command to end: closing the channel waits for it.
    await control.close();
    // The server was at work when the caller went, and stopped: the import rolled back.
    expect(logged.map((l) => JSON.parse(l).msg)).toContain("a command's caller hung up; its work was stopped");
    expect(await count(db, "SELECT count(*)::int AS n FROM officer")).toBe(before);
    expect(await count(db, "SELECT count(*)::int AS n FROM officer WHERE personnel_number LIKE 'CTL-%'")).toBe(0);
    // Without a server to forward to (socket and token gone), the command line would open the data
    // directory itself, and is refused: this process still owns it.
    expect(fs.existsSync(paths.socket)).toBe(false);
    const refused = await cli(["keys", "list"]).exited;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`is in use by process ${process.pid}`);
  }, 120_000);
});
