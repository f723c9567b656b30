// Properties of the shipped reference data (data/). These are facts about the real data, not about
// the application: they fail when a data file is edited into an inconsistent or untrue state.
import { describe, it, expect } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

type Row = Record<string, string>;

const DATA = join(__dirname, "..", "data");

function raw(rel: string): Buffer {
  return readFileSync(join(DATA, rel));
}

function rows(rel: string): Row[] {
  return parse(raw(rel), { columns: true, skip_empty_lines: false, bom: false }) as Row[];
}

function header(rel: string): string[] {
  return (parse(raw(rel), { to_line: 1 }) as string[][])[0];
}

const UN_FILE = "un/un_uniformed_contributions_2015_2025.csv";
const CAN_FILE = "un/canada_un_police_contributions_2015_2025.csv";

const countries = rows("reference/countries.csv");
const organizations = rows("reference/organizations.csv");
const missions = rows("reference/missions.csv");
const un = rows(UN_FILE);

const iso3s = new Set(countries.map((c) => c.iso3));
const missionCodes = new Set(missions.map((m) => m.code));
const hostsOf = (m: Row) => (m.host_countries === "" ? [] : m.host_countries.split(";"));

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isRealDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(s + "T00:00:00Z");
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe("data files", () => {
  it.each([
    ["reference/countries.csv", "iso3,iso2,name,region,subregion"],
    ["reference/organizations.csv", "code,name,kind"],
    [
      "reference/missions.csv",
      "code,name,lead_organization,host_countries,kind,start_date,end_date,canadian_police_from,canadian_police_to,source",
    ],
    ["reference/police-services.csv", "code,name,jurisdiction,province"],
    ["reference/roles.csv", "code,name,category"],
    ["reference/training-topics.csv", "code,name,theme"],
    ["reference/wps-indicators.csv", "code,name,unit,source,computation"],
    ["reference/wps-targets.csv", "indicator_code,year,value,source_note"],
    ["reference/wps-milestones.csv", "date,country_iso3,mission_code,title,description,category,source"],
    [
      UN_FILE,
      "as_of_date,mission,contributing_country,country_iso3,personnel_type,male,female,total,source_pdf,source_layout",
    ],
  ])("%s has the documented header and valid UTF-8", (file, cols) => {
    expect(header(file).join(",")).toBe(cols);
    const buf = raw(file);
    expect(new TextDecoder("utf-8", { fatal: true }).decode(buf).length).toBeGreaterThan(0);
    expect(buf.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false); // no BOM
  });
});

describe("UN contributions (data/un)", () => {
  it("are byte-identical to the extract documented in data/README.md", () => {
    const sha = (f: string) => createHash("sha256").update(raw(f)).digest("hex");
    expect(sha(UN_FILE)).toBe("0d73951f41bb0f5d25cd93cbe1e5d61d728eb958ab605dfb309bd1c49ae55857");
    expect(sha(CAN_FILE)).toBe("5c0230bb4d8132d21abee332ffc9b5269ef8afe64a56def7e8d0e2c047aaf08c");
  });

  it("have 104,675 data rows (233 in the Canada police extract), each with male + female = total", () => {
    expect(un.length).toBe(104_675);
    expect(rows(CAN_FILE).length).toBe(233);
    for (const r of un) expect(Number(r.male) + Number(r.female)).toBe(Number(r.total));
  });

  it("reproduce the UN's published January 2022 figures", () => {
    const jan = un.filter((r) => r.as_of_date === "2022-01-31");
    const sum = (type: string) =>
      jan
        .filter((r) => r.personnel_type === type)
        .reduce((a, r) => ({ female: a.female + Number(r.female), total: a.total + Number(r.total) }), {
          female: 0,
          total: 0,
        });
    const fpu = sum("Formed Police Units");
    const troops = sum("Troops");
    expect(fpu).toEqual({ female: 781, total: 5_412 });
    expect(troops).toEqual({ female: 3_815, total: 64_714 });
    // the UN's "Women in peacekeeping" page: 14.4% of FPUs, 5.9% of military contingents
    expect(Math.round((fpu.female / fpu.total) * 1000) / 10).toBe(14.4);
    expect(Math.round((troops.female / troops.total) * 1000) / 10).toBe(5.9);
  });

  it("name only countries that are in countries.csv", () => {
    const missing = [...new Set(un.map((r) => r.country_iso3))].filter((c) => !iso3s.has(c));
    expect(missing).toEqual([]);
  });

  it("name only missions that are in missions.csv", () => {
    const codes = [...new Set(un.map((r) => r.mission).filter((m) => m !== ""))];
    expect(codes.length).toBe(30);
    expect(codes.filter((c) => !missionCodes.has(c))).toEqual([]);
  });
});

describe("countries.csv", () => {
  it("has the 249 ISO 3166-1 entries plus Kosovo, with unique codes", () => {
    expect(countries.length).toBe(250);
    expect(iso3s.size).toBe(250);
    expect(new Set(countries.map((c) => c.iso2)).size).toBe(250);
    for (const c of countries) {
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.name).not.toBe("");
    }
  });

  it("uses the M49 regions and sub-regions (only Antarctica has none)", () => {
    const subregions: Record<string, string[]> = {
      Africa: ["Northern Africa", "Sub-Saharan Africa"],
      Americas: ["Latin America and the Caribbean", "Northern America"],
      Asia: ["Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia"],
      Europe: ["Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"],
      Oceania: ["Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"],
    };
    for (const c of countries) {
      if (c.iso3 === "ATA") {
        expect([c.region, c.subregion]).toEqual(["", ""]);
        continue;
      }
      expect(Object.keys(subregions)).toContain(c.region);
      expect(subregions[c.region]).toContain(c.subregion);
    }
  });

  it("has known spot values", () => {
    const by = new Map(countries.map((c) => [c.iso3, c]));
    expect(by.get("HTI")).toEqual({
      iso3: "HTI",
      iso2: "HT",
      name: "Haiti",
      region: "Americas",
      subregion: "Latin America and the Caribbean",
    });
    expect(by.get("XKX")).toEqual({
      iso3: "XKX",
      iso2: "XK",
      name: "Kosovo",
      region: "Europe",
      subregion: "Southern Europe",
    });
    expect(by.get("CAN")).toMatchObject({ iso2: "CA", region: "Americas", subregion: "Northern America" });
    expect(by.get("SDN")).toMatchObject({ iso2: "SD", region: "Africa", subregion: "Northern Africa" });
    expect(by.get("SSD")).toMatchObject({ iso2: "SS", region: "Africa", subregion: "Sub-Saharan Africa" });
    expect(by.get("PSE")).toMatchObject({ iso2: "PS", region: "Asia", subregion: "Western Asia" });
    expect(by.get("UKR")).toMatchObject({ iso2: "UA", region: "Europe", subregion: "Eastern Europe" });
    expect(by.get("AFG")).toMatchObject({ iso2: "AF", region: "Asia", subregion: "Southern Asia" });
    expect(by.get("BOL")?.name).toBe("Bolivia (Plurinational State of)");
  });
});

describe("organizations.csv", () => {
  it("has the required organizations with valid kinds", () => {
    const by = new Map(organizations.map((o) => [o.code, o]));
    expect(by.size).toBe(organizations.length);
    for (const o of organizations) {
      expect(["INTERNATIONAL_ORGANIZATION", "STATE", "COALITION"]).toContain(o.kind);
    }
    expect(by.get("UN")).toMatchObject({ name: "United Nations", kind: "INTERNATIONAL_ORGANIZATION" });
    expect(by.get("EU")).toMatchObject({ name: "European Union", kind: "INTERNATIONAL_ORGANIZATION" });
    expect(by.get("AU")).toMatchObject({ name: "African Union", kind: "INTERNATIONAL_ORGANIZATION" });
    expect(by.get("NATO")?.kind).toBe("INTERNATIONAL_ORGANIZATION");
    expect(by.get("OSCE")?.kind).toBe("INTERNATIONAL_ORGANIZATION");
    expect(by.get("COALITION")).toMatchObject({ name: "Global Coalition against Daesh", kind: "COALITION" });
    expect(by.get("BILATERAL")?.kind).toBe("STATE");
  });
});

describe("missions.csv", () => {
  const orgCodes = new Set(organizations.map((o) => o.code));
  const kinds = ["PEACEKEEPING", "SPECIAL_POLITICAL", "POLICE_DEVELOPMENT", "TRIBUNAL_SUPPORT", "OTHER"];

  it("has unique codes", () => {
    expect(missionCodes.size).toBe(missions.length);
  });

  it.each(missions.map((m) => [m.code, m] as const))("%s is complete and consistent", (_code, m) => {
    expect(m.name).not.toBe("");
    expect(orgCodes.has(m.lead_organization)).toBe(true);
    const hosts = hostsOf(m);
    expect(hosts.length).toBeGreaterThanOrEqual(1);
    for (const h of hosts) expect(iso3s.has(h)).toBe(true);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(kinds).toContain(m.kind);
    expect(isRealDate(m.start_date)).toBe(true);
    if (m.end_date !== "") {
      expect(isRealDate(m.end_date)).toBe(true);
      expect(m.end_date >= m.start_date).toBe(true);
      expect(m.end_date <= "2025-07-31").toBe(true);
    }
    for (const y of [m.canadian_police_from, m.canadian_police_to]) {
      if (y !== "") expect(y).toMatch(/^(19|20)\d\d$/);
    }
    if (m.canadian_police_from !== "" && m.canadian_police_to !== "") {
      expect(Number(m.canadian_police_to)).toBeGreaterThanOrEqual(Number(m.canadian_police_from));
    }
    expect(m.source.trim()).not.toBe("");
  });

  it("has a host mission in each place the RCMP page names", () => {
    const hosted = new Set(missions.flatMap(hostsOf));
    for (const place of ["SDN", "XKX", "PSE", "HTI", "AFG", "MLI", "UKR", "IRQ"]) {
      expect(hosted.has(place), place).toBe(true);
    }
  });

  it("has the missions Canadian police served in, as the brief names them", () => {
    const by = new Map(missions.map((m) => [m.code, m]));
    expect(by.get("UNMIK")).toMatchObject({ lead_organization: "UN", host_countries: "XKX" });
    expect(by.get("EUPOL COPPS")).toMatchObject({ lead_organization: "EU", host_countries: "PSE" });
    expect(by.get("CPM-UKRAINE")).toMatchObject({ lead_organization: "BILATERAL", host_countries: "UKR" });
    expect(by.get("CAN-AFGHANISTAN")).toMatchObject({ lead_organization: "BILATERAL", host_countries: "AFG" });
    expect(by.get("CAN-IRAQ-PTF")).toMatchObject({ lead_organization: "COALITION", host_countries: "IRQ" });
    expect(by.get("UNAMID")).toMatchObject({ lead_organization: "UN", host_countries: "SDN" });
    expect(by.get("UNAMID")?.name).toMatch(/African Union/);
    expect(by.get("MINUSTAH")).toMatchObject({ end_date: "2017-10-15", host_countries: "HTI" });
    expect(by.get("MINUJUSTH")).toMatchObject({ start_date: "2017-10-16", host_countries: "HTI" });
    expect(by.get("UNMIBH")?.lead_organization).toBe("UN");
    expect(by.get("EUPM")?.lead_organization).toBe("EU");
    for (const code of [
      "UNTAG", "UNPROFOR", "MIPONUH", "BINUH", "EUPOL Afghanistan", "NTM-A", "UNAMA", "UNMIS", "UNMISS",
      "EUAM Ukraine", "MINUSMA", "EUCAP Sahel Mali", "MONUSCO", "UNMC", "UNVMC", "ECCC", "UNOCI", "UNMIT",
    ]) {
      expect(by.has(code), code).toBe(true);
    }
  });

  it("records Canadian UN police years that agree with the Canada extract", () => {
    // every (mission, year) with Canadian UN police in the UN data falls within canadian_police_from..to
    // (an empty bound = unknown or, for canadian_police_to, still serving)
    const by = new Map(missions.map((m) => [m.code, m]));
    let checked = 0;
    for (const r of rows(CAN_FILE)) {
      if (r.mission === "" || Number(r.total) === 0) continue;
      const m = by.get(r.mission)!;
      const y = Number(r.as_of_date.slice(0, 4));
      expect(m.canadian_police_from, r.mission).not.toBe("");
      expect(y, r.mission).toBeGreaterThanOrEqual(Number(m.canadian_police_from));
      if (m.canadian_police_to !== "") expect(y, r.mission).toBeLessThanOrEqual(Number(m.canadian_police_to));
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe("police-services.csv", () => {
  const services = rows("reference/police-services.csv");
  const provinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

  it("has unique short uppercase codes and valid jurisdictions", () => {
    expect(services.length).toBeGreaterThanOrEqual(25);
    expect(new Set(services.map((s) => s.code)).size).toBe(services.length);
    for (const s of services) {
      expect(s.code).toMatch(/^[A-Z0-9]{2,12}$/);
      expect(["FEDERAL", "PROVINCIAL", "MUNICIPAL", "FIRST_NATIONS"]).toContain(s.jurisdiction);
      if (s.jurisdiction === "FEDERAL") expect(s.province).toBe("");
      else expect(provinces).toContain(s.province);
    }
  });

  it("has the RCMP as the federal service and every kind of service", () => {
    expect(services.filter((s) => s.jurisdiction === "FEDERAL")).toEqual([
      { code: "RCMP", name: "Royal Canadian Mounted Police", jurisdiction: "FEDERAL", province: "" },
    ]);
    const codes = new Set(services.map((s) => s.code));
    for (const c of ["OPP", "SQ", "RNC", "TPS", "SPVM", "VPD", "CPS", "EPS", "OPS", "WPS", "NAPS"]) {
      expect(codes.has(c), c).toBe(true);
    }
    expect(services.filter((s) => s.jurisdiction === "FIRST_NATIONS").length).toBeGreaterThanOrEqual(5);
  });
});

describe("roles.csv and training-topics.csv", () => {
  it("has one role per DESIGN category, coded by its category", () => {
    const roles = rows("reference/roles.csv");
    expect(roles.map((r) => r.code)).toEqual([
      "TRAINING",
      "MENTORING",
      "MONITORING",
      "ELECTORAL_SUPPORT",
      "HUMAN_RIGHTS_INVESTIGATION",
      "HUMANITARIAN_RESPONSE",
      "LEADERSHIP",
      "OTHER",
    ]);
    for (const r of roles) {
      expect(r.category).toBe(r.code);
      expect(r.name).not.toBe("");
    }
    expect(roles.find((r) => r.code === "ELECTORAL_SUPPORT")?.name).toBe("Supporting free and fair elections");
  });

  it("has exactly the DESIGN topics with their themes", () => {
    const topics = rows("reference/training-topics.csv");
    expect(Object.fromEntries(topics.map((t) => [t.code, t.theme]))).toEqual({
      DOMESTIC_VIOLENCE_LEGISLATION: "DOMESTIC_VIOLENCE",
      DOMESTIC_VIOLENCE_INVESTIGATION: "DOMESTIC_VIOLENCE",
      DOMESTIC_VIOLENCE_PREVENTION: "DOMESTIC_VIOLENCE",
      TACTICAL_DEFENSIVE_TECHNIQUES: "OFFICER_SAFETY",
      INSTRUCTOR_DEVELOPMENT: "TRAIN_THE_TRAINER",
      COMMUNITY_POLICING: "COMMUNITY_POLICING",
      HUMAN_RIGHTS: "HUMAN_RIGHTS",
      SGBV_INVESTIGATION: "SGBV",
    });
    expect(topics.length).toBe(8);
    for (const t of topics) expect(t.name).not.toBe("");
  });
});

describe("WPS indicators, targets and milestones", () => {
  const indicators = rows("reference/wps-indicators.csv");
  const targets = rows("reference/wps-targets.csv");
  const milestones = rows("reference/wps-milestones.csv");

  it("has the indicators with valid units and sources", () => {
    const codes = indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of [
      "NAP_WOMEN_DEPLOYED_POLICE",
      "NAP_WOMEN_SENIOR_POLICE",
      "GPS_IPO_WOMEN",
      "GPS_FPU_WOMEN",
      "GPS_TROOPS_WOMEN",
      "GPS_SO_WOMEN",
    ]) {
      expect(codes).toContain(c);
    }
    for (const i of indicators) {
      expect(i.unit).toBe("PERCENT");
      expect(["NAP_2017_2022", "NAP_2023_2029", "UN_GPS_2018_2028"]).toContain(i.source);
      expect(i.computation).not.toBe("");
    }
    const personnelType: Record<string, string> = {
      GPS_IPO_WOMEN: "INDIVIDUAL_POLICE",
      GPS_FPU_WOMEN: "FORMED_POLICE_UNIT",
      GPS_TROOPS_WOMEN: "TROOPS",
      GPS_SO_WOMEN: "STAFF_OFFICER",
    };
    for (const [code, pt] of Object.entries(personnelType)) {
      expect(indicators.find((i) => i.code === code)?.computation).toContain(pt);
    }
  });

  it("has the NAP and GPS targets as fractions", () => {
    const key = (t: Row) => `${t.indicator_code}/${t.year}`;
    expect(new Set(targets.map(key)).size).toBe(targets.length);
    const codes = new Set(indicators.map((i) => i.code));
    for (const t of targets) {
      expect(codes.has(t.indicator_code)).toBe(true);
      expect(t.year).toMatch(/^20\d\d$/);
      const v = Number(t.value);
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThanOrEqual(1);
      expect(t.source_note).not.toBe("");
    }
    const value = (code: string, year: number) =>
      targets.find((t) => t.indicator_code === code && Number(t.year) === year)?.value;
    for (let y = 2017; y <= 2022; y++) {
      expect(Number(value("NAP_WOMEN_DEPLOYED_POLICE", y))).toBe(0.2);
      expect(Number(value("NAP_WOMEN_SENIOR_POLICE", y))).toBe(0.2);
    }
    expect(Number(value("GPS_IPO_WOMEN", 2028))).toBe(0.3);
    expect(Number(value("GPS_FPU_WOMEN", 2028))).toBe(0.2);
    expect(Number(value("GPS_TROOPS_WOMEN", 2028))).toBe(0.15);
    expect(Number(value("GPS_SO_WOMEN", 2028))).toBe(0.25);
    expect(Number(value("GPS_FPU_WOMEN", 2022))).toBe(0.12);
  });

  it("has the RCMP page's milestones, each in a known country and mission", () => {
    expect(milestones.length).toBeGreaterThanOrEqual(4);
    for (const m of milestones) {
      expect(isRealDate(m.date)).toBe(true);
      expect(iso3s.has(m.country_iso3)).toBe(true);
      if (m.mission_code !== "") {
        expect(missionCodes.has(m.mission_code)).toBe(true);
        const mission = missions.find((x) => x.code === m.mission_code)!;
        expect(hostsOf(mission)).toContain(m.country_iso3);
      }
      expect(["TRAINING", "LEADERSHIP", "FIRST", "PROGRAM"]).toContain(m.category);
      expect(m.title).not.toBe("");
      expect(m.description).not.toBe("");
      // Every milestone cites its source in its own column, and its description no longer does.
      expect(m.source).toMatch(/^RCMP, Peace operations page, "Canadian Women, Peace and Security milestones"/);
      expect(m.description).not.toMatch(/Source:/);
    }
    const text = milestones.map((m) => `${m.country_iso3} ${m.mission_code} ${m.description}`).join("\n");
    expect(text).toMatch(/IRQ CAN-IRAQ-PTF .*female-only/);
    expect(text).toMatch(/PSE EUPOL COPPS .*armoured truck driver/);
    expect(text).toMatch(/UKR CPM-UKRAINE .*over 330 police officers/);
    expect(text).toMatch(/HTI .*sexual and gender-based violence team/);
  });
});
