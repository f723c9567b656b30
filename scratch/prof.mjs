import fs from "node:fs";
const p = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
const dt = new Map(); for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
let total = 0;
for (const n of p.nodes) { const t = (dt.get(n.id) ?? 0) / 1000; total += t; const cf = n.callFrame; const k = `${cf.functionName || "(anon)"} ${cf.url.replace(/.*node_modules\//, "").replace(/.*\/dist\//, "dist/")}:${cf.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
// aggregate by package
const pkg = new Map();
for (const n of p.nodes) { const t = (dt.get(n.id) ?? 0) / 1000; const u = n.callFrame.url; let k = u.includes("node_modules/") ? u.split("node_modules/")[1].split("/").slice(0, u.split("node_modules/")[1].startsWith("@") ? 2 : 1).join("/") : u.includes("/dist/") ? "dist/" + u.split("/dist/")[1] : (u || n.callFrame.functionName); pkg.set(k, (pkg.get(k) ?? 0) + t); }
console.log("total ms", total.toFixed(0));
console.log([...pkg].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(7)}  ${k}`).join("\n"));
console.log("---- self");
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(0).padStart(7)}  ${k}`).join("\n"));
