import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliWorkspace, pgAdmin, stop } from "./support/cli";

const { work, dataDir, bin: BIN, env, run, serve, cleanup } = cliWorkspace("peaceops-cli");
afterAll(cleanup);

async function gql(url: string, query: string, token?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query }) });
  return (await res.json()) as any;
}

const QUERY = `{ mission(code: "MINUSTAH") { name leadOrganization { code } hostCountries { iso3 } } unContributions(first: 1) { totalCount } }`;
const OFFICERS = `{ officers(first: 1) { totalCount } }`;

describe("the peaceops command on the embedded database", () => {
  it("serves a new data directory seeded once, guards it with a lock, and keeps it across restarts", async () => {
    const first = await serve({ PEACEOPS_SEED: "reference" });
    let adminToken = "";
    try {
      // Loopback by default: the same port on another address of this machine refuses (127.0.0.2 is
      // loopback too, but a socket bound to 127.0.0.1 does not take it).
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      expect(first.output()).toContain("listening on 127.0.0.1 (this machine only; HOST=0.0.0.0 opens it to the network)");
      expect((await fetch(first.url.replace("/graphql", "/healthz"))).status).toBe(200);
      await expect(fetch(first.url.replace("127.0.0.1", "127.0.0.2").replace("/graphql", "/healthz"))).rejects.toThrow();
      const res = await gql(first.url, QUERY);
      expect(res.data).toEqual({
        mission: { name: "United Nations Stabilization Mission in Haiti", leadOrganization: { code: "UN" }, hostCountries: [{ iso3: "HTI" }] },
        unContributions: { totalCount: 104675 },
      });
      // Keys are managed while the server holds the data directory, through its socket.
      const created = await run(["keys", "create", "--role", "analyst", "--name", "BI dashboard"]);
      expect(created.code).toBe(0);
      const lines = created.stdout.trimEnd().split("\n");
      expect(lines[0]).toBe('Created API key 1 "BI dashboard" with role ANALYST.');
      const token = lines.at(-1)!;
      expect(token).toMatch(/^po_[A-Za-z0-9_-]{43}$/);
      expect((await gql(first.url, OFFICERS, token)).data).toEqual({ officers: { totalCount: 0 } });
      expect((await gql(first.url, OFFICERS)).errors[0].extensions.code).toBe("UNAUTHENTICATED");
      const json = await run(["keys", "create", "--role", "ADMIN", "--name", "ops", "--json"]);
      expect(JSON.parse(json.stdout)).toEqual({ id: 2, name: "ops", role: "ADMIN", prefix: JSON.parse(json.stdout).token.slice(0, 11), token: expect.stringMatching(/^po_[A-Za-z0-9_-]{43}$/) });
      adminToken = JSON.parse(json.stdout).token;
      const listed = await run(["keys", "list", "--json"]);
      expect(JSON.parse(listed.stdout).map((k: any) => [k.id, k.name, k.role, k.prefix, k.createdBy, k.revokedAt])).toEqual([
        [1, "BI dashboard", "ANALYST", token.slice(0, 11), `cli:${os.userInfo().username}`, null],
        [2, "ops", "ADMIN", JSON.parse(json.stdout).token.slice(0, 11), `cli:${os.userInfo().username}`, null],
      ]);
      expect(listed.stdout).not.toContain(token);
      const revoked = await run(["keys", "revoke", token.slice(0, 11)]);
      expect(revoked.stdout).toBe(`Revoked API key 1 "BI dashboard" (${token.slice(0, 11)}); requests with it now get UNAUTHENTICATED.\n`);
      expect((await gql(first.url, OFFICERS, token)).errors[0].message).toBe("The API key has been revoked. This needs the ANALYST role.");
      const again = await run(["keys", "revoke", "1"]);
      expect(again.stdout).toMatch(/^API key 1 "BI dashboard" \(po_[A-Za-z0-9_-]{8}\) was already revoked on \d{4}-\d\d-\d\dT/);
      const unknown = await run(["keys", "revoke", "po_nothing"]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toBe('peaceops: no API key has the id or prefix "po_nothing" (see `peaceops keys list`)\n');
      const second = await run(["serve"], { PORT: "0" });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`is in use by process ${first.child.pid}`);
    } finally {
      expect(await stop(first.child)).toBe(0);
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);

    const again = await serve({ PEACEOPS_SEED: "demo", HOST: "0.0.0.0" });
    try {
      // HOST=0.0.0.0: every interface, so the other loopback address answers too.
      expect(again.url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
      expect(again.output()).toContain("listening on 0.0.0.0 (every network interface)");
      const port = new URL(again.url).port;
      expect((await fetch(`http://127.0.0.2:${port}/healthz`)).status).toBe(200);
      // Same data, not seeded twice, and the demo profile is not applied to a used database.
      const res = await gql(again.url, QUERY);
      expect(res.data.unContributions.totalCount).toBe(104675);
      // Keys live in the database: the ADMIN key made before the restart still works.
      expect((await gql(again.url, OFFICERS, adminToken)).data).toEqual({ officers: { totalCount: 0 } });
    } finally {
      expect(await stop(again.child)).toBe(0);
    }

    const refused = await run(["seed", "--profile", "demo"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("peaceops: Refusing to seed: the database already holds data");
  }, 300_000);

  it("lets a first-start seed finish when stopped during it, then exits cleanly", async () => {
    const dir = path.join(work, "interrupted");
    const child = spawn(process.execPath, [BIN, "serve"], { env: { ...env({ PORT: "0", PEACEOPS_SEED: "reference", LOG_LEVEL: "info" }), PEACEOPS_DATA_DIR: dir }, cwd: work });
    let log = "";
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on("data", (d) => {
        log += d;
        if (log.includes("new database: seeding") && !child.killed) child.kill("SIGTERM");
      });
      child.on("exit", (c) => resolve(c));
    });
    expect(code).toBe(0);
    expect(log).toContain("stop requested during start-up");
    expect(log).not.toContain("serving GraphQL");
    // The seed was whole: seeding again is refused because the data is there.
    const again = await run(["seed", "--profile", "reference"], { PEACEOPS_DATA_DIR: dir });
    expect(again.stderr).toContain("104675 UN contribution rows");
  });

  it("shows a first start's seed on the terminal, step by step, and nothing of it on a later start", async () => {
    const dir = path.join(work, "terminal");
    // A real terminal: util-linux's `script` runs the server on a pseudo-terminal; Ctrl-C stops it.
    // The shell `script` starts is replaced by the server (exec): Ctrl-C signals the terminal's whole
    // foreground group, and a shell that waited (dash does) would die of it, whatever the server did.
    const onTerminal = () => {
      const command = `exec '${process.execPath}' '${BIN}' serve`;
      const child = spawn("script", ["-qfec", command, "/dev/null"], { env: { ...env({ PORT: "0", PEACEOPS_SEED: "reference" }), PEACEOPS_DATA_DIR: dir, SHELL: "/bin/sh" }, cwd: work });
      let out = "";
      let stopped = false;
      child.stdin.on("error", () => undefined);
      return new Promise<string>((resolve, reject) => {
        child.on("error", reject);
        child.stdout.on("data", (d) => {
          out += d;
          if (out.includes("stop with Ctrl-C") && !stopped) {
            stopped = true;
            child.stdin.write("\x03");
          }
        });
        child.on("exit", (code) => (code === 0 ? resolve(out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "")) : reject(new Error(`exit ${code}: ${out}`))));
      });
    };
    const first = await onTerminal();
    expect(first).toContain("\rFirst start: seeding a new database, reference data (1/2)... 0 s");
    expect(first).toContain("\rFirst start: seeding a new database, the UN's statistics (real) (2/2)...");
    expect(first).toMatch(/\rFirst start: database seeded in \d+\.\d s\r?\n/);
    expect(first.indexOf("database seeded")).toBeLessThan(first.indexOf("peaceops is serving GraphQL at"));
    const later = await onTerminal();
    expect(later).toContain("peaceops is serving GraphQL at");
    expect(later).not.toContain("First start");
  }, 120_000);

  it("on SIGTERM finishes in-flight requests, closes the database cleanly and keeps committed data", async () => {
    // The data directory of the first test, already seeded (reference profile) when it ran first.
    const dir = dataDir;
    const server = await serve({ PEACEOPS_SEED: "reference", LOG_LEVEL: "info" });
    // A write committed by the server on behalf of the command line, as every writing command is.
    const created = await run(["keys", "create", "--role", "ANALYST", "--name", "committed before shutdown", "--json"]);
    expect(created.code).toBe(0);
    const { token } = JSON.parse(created.stdout) as { token: string };

    // The embedded database runs one query at a time, so these finish one after another.
    const query = `{ unContributionShare(groupBy: [YEAR, PERSONNEL_TYPE]) { rows { key { year personnelType } rate } } }`;
    let signalledAt = 0;
    const finished: number[] = [];
    const requests = Array.from({ length: 4 }, () =>
      gql(server.url, query).then((res) => {
        finished.push(Date.now());
        return res;
      }),
    );
    const exited = new Promise<number | null>((resolve) => {
      server.child.removeAllListeners("exit");
      server.child.on("exit", (code) => resolve(code));
    });
    // Signal as soon as the first response has gone: the other three are then in flight.
    await Promise.race(requests);
    signalledAt = Date.now();
    server.child.kill("SIGTERM");
    const responses = await Promise.all(requests);
    for (const res of responses) {
      expect(res.errors).toBeUndefined();
      // 11 years (2015..2025) x 5 personnel types, less the 2 pairs with no UN rows
      expect(res.data.unContributionShare.rows).toHaveLength(53);
      expect(res).toEqual(responses[0]);
    }
    expect(finished.filter((t) => t >= signalledAt).length).toBeGreaterThanOrEqual(2);
    expect(await exited).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);

    const again = await serve();
    try {
      const res = await gql(again.url, `{ viewer { role name } unContributions(first: 1) { totalCount } }`, token);
      expect(res.data).toEqual({ viewer: { role: "ANALYST", name: "committed before shutdown" }, unContributions: { totalCount: 104675 } });
    } finally {
      expect(await stop(again.child)).toBe(0);
    }
  }, 300_000);

  it("names a bad option or variable and stops", async () => {
    const badProfile = await run(["seed", "--profile", "everything"]);
    expect(badProfile.code).toBe(1);
    expect(badProfile.stderr).toContain('--profile must be one of demo, reference, got "everything"');
    const badPort = await run(["serve"], { PORT: "eighty" });
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toContain('peaceops: PORT must be a TCP port number between 0 and 65535, got "eighty"');
  });

  it("prints its version, the one package.json declares", async () => {
    const declared = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")).version;
    for (const flag of ["--version", "-V"]) {
      const res = await run([flag]);
      expect(res.code).toBe(0);
      expect(res.stdout).toBe(`${declared}\n`);
    }
  });

  it("checks the committed schema file", async () => {
    const res = await run(["schema", "--check", "--out", path.join(__dirname, "..", "schema.graphql")]);
    expect(res.stdout).toContain("matches the code");
    expect(res.code).toBe(0);
  });
});

const pgUrl = process.env.TEST_DATABASE_URL;
describe.runIf(pgUrl)("the peaceops command on PostgreSQL", () => {
  const name = `peaceops_cli_${process.pid}`;
  const url = pgUrl ? Object.assign(new URL(pgUrl), { pathname: `/${name}` }).toString() : "";
  const admin = (sql: string) => pgAdmin(pgUrl!, sql);
  afterAll(async () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it("refuses to serve before `migrate`, then migrates, seeds and serves", async () => {
    await admin(`CREATE DATABASE ${name}`);
    const early = await run(["serve"], { DATABASE_URL: url, PORT: "0" });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("peaceops: The database has pending migrations: run `npx peaceops migrate` first.");
    const migrated = await run(["migrate"], { DATABASE_URL: url });
    expect(migrated.stdout).toBe("Applied 6 migration(s): Initial1764428400000, AccessAudit1764518400000, MilestoneSource1764950400000, SourceIndexes1765036800000, DataVersion1765123200000, DeploymentCounts1765209600000\n");
    expect((await run(["migrate"], { DATABASE_URL: url })).stdout).toBe("The database is up to date.\n");
    const seeded = await run(["seed", "--profile", "reference"], { DATABASE_URL: url });
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain("Seeded profile reference");
    const server = await serve({ DATABASE_URL: url });
    try {
      expect(server.output()).toContain("database: PostgreSQL postgres://");
      const res = await gql(server.url, QUERY);
      expect(res.data.unContributions.totalCount).toBe(104675);
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
  });
});
