// quick side-by-side: node scratch/perf.mjs URL QUERYFILE PID SECONDS
import autocannon from "autocannon";
import fs from "node:fs";
const [url, qfile, pid, secs = "10", conns = "10"] = process.argv.slice(2);
const key = JSON.parse(fs.readFileSync("/tmp/perfkey.json", "utf8")).token;
const body = JSON.stringify({ query: fs.readFileSync(qfile, "utf8") });
const headers = { "content-type": "application/json", authorization: `Bearer ${key}` };
const ticks = () => { const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return Number(f[11]) + Number(f[12]); };
const one = await (await fetch(url, { method: "POST", headers, body })).json();
if (one.errors) { console.error(JSON.stringify(one.errors).slice(0, 500)); process.exit(1); }
await autocannon({ url, method: "POST", headers, body, connections: Number(conns), duration: 3 });
const t0 = ticks();
const r = await autocannon({ url, method: "POST", headers, body, connections: Number(conns), duration: Number(secs) });
const t1 = ticks();
const n = r.requests.total;
console.log(JSON.stringify({ url, q: qfile.split("/").pop(), rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, cpuMsPerReq: +((t1 - t0) * 10 / n).toFixed(2), sql: one.extensions?.sql }));
