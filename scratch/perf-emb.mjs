// node scratch/perf-emb.mjs URL KEYFILE PID SECONDS: Q1 at 10 connections while /healthz is asked by 1 connection
import autocannon from "autocannon";
import fs from "node:fs";
const [url, keyfile, pid, secs = "10"] = process.argv.slice(2);
const key = JSON.parse(fs.readFileSync(keyfile, "utf8")).token;
const body = JSON.stringify({ query: fs.readFileSync("scratch/q1.graphql", "utf8") });
const headers = { "content-type": "application/json", authorization: `Bearer ${key}` };
const ticks = () => { const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return Number(f[11]) + Number(f[12]); };
const one = await (await fetch(url, { method: "POST", headers, body })).json();
if (one.errors) { console.error(JSON.stringify(one.errors).slice(0, 300)); process.exit(1); }
await autocannon({ url, method: "POST", headers, body, connections: 10, duration: 3 });
const t0 = ticks();
const health = autocannon({ url: url.replace("/graphql", "/healthz"), connections: 1, duration: Number(secs) });
const r = await autocannon({ url, method: "POST", headers, body, connections: 10, duration: Number(secs) });
const h = await health;
const t1 = ticks();
console.log(JSON.stringify({ url, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, cpuMsPerReq: +((t1 - t0) * 10 / r.requests.total).toFixed(1), healthz: { rps: h.requests.average, p50: h.latency.p50, p99: h.latency.p99, max: h.latency.max } }));
