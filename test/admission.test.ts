import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admission } from "../src/server/admission";

/** A server whose requests wait until the test lets each one go, by its name. */
describe("admission: at most N requests worked on at once, the others in order", () => {
  const turn = admission(2);
  const started: string[] = [];
  const gates = new Map<string, () => void>();
  let server: http.Server;
  let base = "";
  beforeAll(async () => {
    const app = express();
    app.get("/job/:name", turn, (req, res) => {
      const name = String(req.params.name);
      started.push(name);
      gates.set(name, () => res.send(name));
    });
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(check()).toBe(true);
  };

  it("starts the third only when one of the first two has answered, and skips one that hung up", async () => {
    const a = fetch(`${base}/job/a`).then((r) => r.text());
    await until(() => started.length === 1);
    const b = fetch(`${base}/job/b`).then((r) => r.text());
    await until(() => started.length === 2);
    const gone = new AbortController();
    const c = fetch(`${base}/job/c`, { signal: gone.signal }).catch(() => "aborted");
    await until(() => turn.waiting() === 1);
    const d = fetch(`${base}/job/d`).then((r) => r.text());
    await until(() => turn.waiting() === 2);
    expect([started, turn.inFlight()]).toEqual([["a", "b"], 2]);
    gone.abort();
    expect(await c).toBe("aborted");
    // c hung up while it waited: it leaves the queue.
    await until(() => turn.waiting() === 1);
    gates.get("a")!();
    expect(await a).toBe("a");
    // d takes the turn c would have had.
    await until(() => started.length === 3);
    expect(started).toEqual(["a", "b", "d"]);
    gates.get("b")!();
    gates.get("d")!();
    expect([await b, await d]).toEqual(["b", "d"]);
    await until(() => turn.inFlight() === 0);
    expect(turn.waiting()).toBe(0);
  });
});
