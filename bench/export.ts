// Entity export at scale: `npm run bench:export`.
// Loads the register of bench/analytics.ts (~1,000,000 deployments, BENCH_DEPLOYMENTS) into a
// scratch database on the PostgreSQL server of BENCH_DATABASE_URL, then streams the deployments
// export (src/export: keyset pages, CSV with backpressure) into a sink that counts bytes, sampling
// the process's memory every 50 ms. Prints rows/s and memory before, at peak and after; the
// scratch database is dropped at the end. Nothing here asserts a figure: they go to the README.
import "reflect-metadata";
import { Writable } from "node:stream";
import { admin, databaseUrl } from "./admin";
import { createDataSource } from "../src/core/db/data-source";
import { entityRows } from "../src/export/entities/entity-rows";
import { entityColumns, findEntity } from "../src/export/entities/entity-specs";
import { writeCsv } from "../src/export/write";
import { prepareDatabase } from "./analytics";


const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function exportOnce(url: string): Promise<void> {
  const db = createDataSource({ url, poolSize: 2 });
  await db.initialize();
  try {
    const spec = findEntity("deployments")!;
    let bytes = 0;
    let rows = 0;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        rows += chunk.toString("utf8").split("\n").length - 1;
        done();
      },
    });
    global.gc?.();
    const before = process.memoryUsage();
    let peak = before;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      if (m.rss > peak.rss) peak = m;
    }, 50);
    const started = performance.now();
    await writeCsv(entityColumns(spec, false), entityRows(db, spec, false), sink);
    const ms = performance.now() - started;
    clearInterval(sampler);
    global.gc?.();
    const after = process.memoryUsage();
    const records = rows - 1; // the header
    console.log(`deployments export: ${records} rows, ${mb(bytes)} of CSV in ${(ms / 1000).toFixed(1)} s (${Math.round(records / (ms / 1000))} rows/s)`);
    console.log(`memory (RSS / heap used): before ${mb(before.rss)} / ${mb(before.heapUsed)}, peak ${mb(peak.rss)} / ${mb(peak.heapUsed)}, after ${mb(after.rss)} / ${mb(after.heapUsed)}`);
  } finally {
    await db.destroy();
  }
}

async function main(): Promise<void> {
  const name = `peaceops_bench_export_${process.pid}`;
  const url = databaseUrl(name);
  const drop = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((err) => console.error(`could not drop ${name}: ${err.message}`));
  process.once("SIGINT", () => void drop().then(() => process.exit(130)));
  await admin(`CREATE DATABASE ${name}`);
  try {
    const load = await prepareDatabase(url);
    console.log(`loaded ${load.deployments} deployments in ${(load.ms / 1000).toFixed(1)} s`);
    await exportOnce(url);
  } finally {
    await drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
