// Calibration of the synthetic register to the published aggregates (data/README.md).
import { beforeAll, describe, expect, it } from "vitest";
import { generateRegister, type MissionRef, type SyntheticRegister } from "../../src/core/db/seed/synthetic";
import { byMission, days, headcount, isSorted } from "./helpers";
import { loadInput } from "./input";

const input = loadInput(1989);
const missions = new Map<string, MissionRef>(input.missions.map((m) => [m.code, m]));
let reg: SyntheticRegister;
let generationMs = 0;

beforeAll(() => {
  const t0 = performance.now();
  reg = generateRegister(input);
  generationMs = performance.now() - t0;
});

const gender = () => new Map(reg.officers.map((o) => [o.personnelNumber, o.gender]));
const women = () => new Set(reg.officers.filter((o) => o.gender === "FEMALE").map((o) => o.personnelNumber));
const toursOf = () => {
  const out = new Map<string, typeof reg.deployments>();
  for (const d of reg.deployments) out.set(d.personnelNumber, [...(out.get(d.personnelNumber) ?? []), d]);
  return out;
};

describe("synthetic register: size and shape", () => {
  it("is generated well under 2 s", () => {
    console.log(`synthetic register generated in ${generationMs.toFixed(0)} ms`);
    expect(generationMs).toBeLessThan(2_000);
  });

  it("has between 3,800 and 3,999 distinct officers, each with at least one deployment", () => {
    const numbers = new Set(reg.officers.map((o) => o.personnelNumber));
    expect(numbers.size).toBe(reg.officers.length);
    expect(reg.officers.length).toBeGreaterThanOrEqual(3_800);
    expect(reg.officers.length).toBeLessThanOrEqual(3_999);
    const deployed = new Set(reg.deployments.map((d) => d.personnelNumber));
    expect(deployed).toEqual(numbers);
    for (const o of reg.officers) expect(o.personnelNumber).toMatch(/^CPA-\d{6}$/);
  });

  it("starts in 1989 and has no deployment starting after 2025-07-31", () => {
    const starts = reg.deployments.map((d) => d.startDate).sort();
    expect(starts[0].slice(0, 4)).toBe("1989");
    expect(starts[starts.length - 1] <= "2025-07-31").toBe(true);
  });

  it("lists every array in its documented order", () => {
    expect(isSorted(reg.officers, (o) => [o.personnelNumber])).toBe(true);
    expect(isSorted(reg.deployments, (d) => [d.personnelNumber, d.startDate, d.missionCode])).toBe(true);
    expect(isSorted(reg.teams, (t) => [t.missionCode, t.name])).toBe(true);
    expect(isSorted(reg.trainings, (t) => [t.startDate, t.countryIso3, t.topicCode])).toBe(true);
    expect(isSorted(reg.requests, (r) => [r.missionCode, r.receivedOn])).toBe(true);
  });
});

describe("synthetic register: deployments", () => {
  it("fall within each mission's period and Canadian police years, with end >= start", () => {
    for (const d of reg.deployments) {
      const m = missions.get(d.missionCode)!;
      expect(m, d.missionCode).toBeDefined();
      expect(d.startDate >= m.startDate, `${d.missionCode} ${d.startDate}`).toBe(true);
      if (d.endDate !== null) expect(d.endDate >= d.startDate).toBe(true);
      if (m.endDate !== null) {
        expect(d.endDate, `${d.missionCode} is closed`).not.toBeNull();
        expect(d.endDate! <= m.endDate).toBe(true);
      }
      if (m.canadianPoliceFrom !== null) expect(Number(d.startDate.slice(0, 4))).toBeGreaterThanOrEqual(m.canadianPoliceFrom);
      if (m.canadianPoliceTo !== null) {
        // still serving in the as-of year: an open end is within the years known so far
        const last = d.endDate === null ? 2025 : Number(d.endDate.slice(0, 4));
        expect(last, `${d.missionCode} ${d.endDate}`).toBeLessThanOrEqual(m.canadianPoliceTo);
      }
    }
  });

  it("are typically 6-12 month tours", () => {
    const lengths = reg.deployments.filter((d) => d.endDate !== null).map((d) => days(d.endDate!) - days(d.startDate) + 1);
    lengths.sort((a, b) => a - b);
    const median = lengths[lengths.length >> 1];
    expect(median).toBeGreaterThanOrEqual(180);
    expect(median).toBeLessThanOrEqual(370);
    const typical = lengths.filter((l) => l >= 150 && l <= 400).length / lengths.length;
    expect(typical).toBeGreaterThan(0.85);
  });

  it("never overlap for one officer; some officers redeploy 2-4 times, to different missions", () => {
    const tours = toursOf();
    let multi = 0;
    for (const list of tours.values()) {
      expect(list.length).toBeLessThanOrEqual(4);
      for (let i = 1; i < list.length; i++) {
        expect(list[i - 1].endDate).not.toBeNull();
        expect(list[i - 1].endDate! < list[i].startDate).toBe(true);
      }
      if (list.length > 1) {
        multi++;
        expect(new Set(list.map((d) => d.missionCode)).size).toBe(list.length);
      }
    }
    expect(multi / tours.size).toBeGreaterThan(0.1);
    expect(multi / tours.size).toBeLessThan(0.4);
    expect([...tours.values()].some((l) => l.length >= 3)).toBe(true);
  });

  it("are open-ended only in missions still open", () => {
    const open = reg.deployments.filter((d) => d.endDate === null);
    expect(open.length).toBeGreaterThan(0);
    for (const d of open) expect(missions.get(d.missionCode)!.endDate).toBeNull();
  });

  it("cover more than 33 host countries", () => {
    const hosts = new Set(reg.deployments.flatMap((d) => missions.get(d.missionCode)!.hostCountries));
    console.log(`host countries: ${hosts.size}`);
    expect(hosts.size).toBeGreaterThan(33);
  });

  it("go mostly to the missions with Canadian police years", () => {
    const inCanadian = reg.deployments.filter((d) => {
      const m = missions.get(d.missionCode)!;
      return m.canadianPoliceFrom !== null || m.canadianPoliceTo !== null;
    }).length;
    expect(inCanadian / reg.deployments.length).toBeGreaterThan(0.98);
  });
});

describe("synthetic register: UN figures", () => {
  // duplicates (the 2015-05 report's all-zero copies) resolve to the larger figure
  const rows = new Map<string, { total: number; female: number }>();
  for (const r of input.unCanada) {
    const key = `${r.asOfDate}|${r.mission}`;
    const prev = rows.get(key);
    if (!prev || r.total > prev.total) rows.set(key, r);
  }
  const reported = new Set(input.unCanada.filter((r) => r.mission !== "").map((r) => r.mission));

  it("match Canada's individual police per mission and month end (total within 1, women within 2)", () => {
    const deps = byMission(reg);
    const w = women();
    let maxTotal = 0;
    let maxFemale = 0;
    for (const [key, row] of rows) {
      const [date, mission] = key.split("|");
      if (mission === "") continue;
      const h = headcount(deps.get(mission), date, w);
      maxTotal = Math.max(maxTotal, Math.abs(h.total - row.total));
      maxFemale = Math.max(maxFemale, Math.abs(h.female - row.female));
      expect(Math.abs(h.total - row.total), `${mission} ${date}`).toBeLessThanOrEqual(1);
      expect(Math.abs(h.female - row.female), `${mission} ${date} women`).toBeLessThanOrEqual(2);
    }
    console.log(`max headcount deviation: total ${maxTotal}, women ${maxFemale}`);
  });

  it("match Canada's total in the months the UN gave country totals only", () => {
    const deps = byMission(reg);
    const w = women();
    const blank = [...rows].filter(([key]) => key.endsWith("|"));
    expect(blank.length).toBeGreaterThan(0);
    for (const [key, row] of blank) {
      const date = key.slice(0, 10);
      const sum = [...reported].reduce(
        (s, m) => {
          const h = headcount(deps.get(m), date, w);
          return { total: s.total + h.total, female: s.female + h.female };
        },
        { total: 0, female: 0 },
      );
      expect(Math.abs(sum.total - row.total), date).toBeLessThanOrEqual(1);
      expect(Math.abs(sum.female - row.female), `${date} women`).toBeLessThanOrEqual(2);
    }
  });

  it("have no Canadian officers in a reported mission in a month the UN shows none (reconciliation = 0)", () => {
    const deps = byMission(reg);
    const w = women();
    const months = new Set(input.unCanada.filter((r) => r.mission !== "").map((r) => r.asOfDate));
    for (const mission of reported) {
      for (const date of months) {
        if (rows.has(`${date}|${mission}`)) continue;
        expect(headcount(deps.get(mission), date, w).total, `${mission} ${date}`).toBe(0);
      }
    }
  });
});

describe("synthetic register: officers", () => {
  it("has a rising share of women by decade of tour start, from 5-10% to 20-28%", () => {
    const g = gender();
    const decades = [1990, 2000, 2010, 2020].map((from) => {
      const to = from === 2020 ? 2025 : from + 9;
      const people = new Set(
        reg.deployments.filter((d) => {
          const y = Number(d.startDate.slice(0, 4));
          return y >= from && y <= to;
        }).map((d) => d.personnelNumber),
      );
      const known = [...people].filter((p) => g.get(p) !== "UNDISCLOSED");
      return known.filter((p) => g.get(p) === "FEMALE").length / known.length;
    });
    console.log(`women's share by decade: ${decades.map((s) => s.toFixed(3)).join(" < ")}`);
    for (let i = 1; i < decades.length; i++) expect(decades[i]).toBeGreaterThan(decades[i - 1]);
    expect(decades[0]).toBeGreaterThanOrEqual(0.05);
    expect(decades[0]).toBeLessThanOrEqual(0.1);
    expect(decades[3]).toBeGreaterThanOrEqual(0.2);
    expect(decades[3]).toBeLessThanOrEqual(0.28);
  });

  it("records 1-2% of officers as another gender or undisclosed", () => {
    const other = reg.officers.filter((o) => o.gender === "ANOTHER_GENDER" || o.gender === "UNDISCLOSED");
    const share = other.length / reg.officers.length;
    expect(share).toBeGreaterThanOrEqual(0.01);
    expect(share).toBeLessThanOrEqual(0.02);
    expect(other.some((o) => o.gender === "ANOTHER_GENDER")).toBe(true);
    expect(other.some((o) => o.gender === "UNDISCLOSED")).toBe(true);
  });

  it("come from many police services: the RCMP about half, every service and jurisdiction present", () => {
    const count = new Map<string, number>();
    for (const o of reg.officers) count.set(o.policeServiceCode, (count.get(o.policeServiceCode) ?? 0) + 1);
    const rcmp = (count.get("RCMP") ?? 0) / reg.officers.length;
    expect(rcmp).toBeGreaterThan(0.42);
    expect(rcmp).toBeLessThan(0.58);
    for (const s of input.policeServices) expect(count.get(s.code) ?? 0, s.code).toBeGreaterThan(0);
    expect([...count.keys()].every((c) => input.policeServices.some((s) => s.code === c))).toBe(true);
  });

  it("have synthetic names and ranks", () => {
    for (const o of reg.officers) {
      expect(o.givenName).not.toBe("");
      expect(o.familyName).not.toBe("");
      expect(o.rank).not.toBe("");
    }
  });
});

describe("synthetic register: roles and teams", () => {
  it("uses roles of every category; 8-12% of deployments senior; LEADERSHIP always senior", () => {
    const category = new Map(input.roles.map((r) => [r.code, r.category]));
    const used = new Set(reg.deployments.map((d) => category.get(d.roleCode)));
    for (const c of new Set(category.values())) expect(used.has(c), c).toBe(true);
    const senior = reg.deployments.filter((d) => d.senior).length / reg.deployments.length;
    expect(senior).toBeGreaterThanOrEqual(0.08);
    expect(senior).toBeLessThanOrEqual(0.12);
    for (const d of reg.deployments) if (category.get(d.roleCode) === "LEADERSHIP") expect(d.senior).toBe(true);
  });

  it("has the specialized teams the register is built with, with the Canada-led SGBV team in Haiti", () => {
    const foci = new Set(reg.teams.map((t) => t.focus));
    for (const f of ["COMMUNITY_POLICING", "MANAGEMENT_DEVELOPMENT", "SERIOUS_ORGANIZED_CRIME", "SGBV"]) expect(foci.has(f as never), f).toBe(true);
    const sgbv = reg.teams.filter((t) => t.focus === "SGBV" && t.ledByCanada && ["MINUSTAH", "MINUJUSTH"].includes(t.missionCode));
    expect(sgbv.length).toBeGreaterThan(0);
    for (const t of reg.teams) {
      const m = missions.get(t.missionCode)!;
      expect(t.startDate >= m.startDate).toBe(true);
      if (t.endDate !== null) expect(t.endDate >= t.startDate).toBe(true);
    }
  });

  it("puts some deployments in a team of their mission and period, most in none", () => {
    const teams = new Map(reg.teams.map((t) => [`${t.missionCode}|${t.name}`, t]));
    const inTeam = reg.deployments.filter((d) => d.teamName !== null);
    const share = inTeam.length / reg.deployments.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.3);
    for (const d of inTeam) {
      const t = teams.get(`${d.missionCode}|${d.teamName}`)!;
      expect(t, `${d.missionCode} ${d.teamName}`).toBeDefined();
      expect(d.startDate >= t.startDate).toBe(true);
      if (t.endDate !== null) expect(d.endDate !== null && d.endDate <= t.endDate).toBe(true);
    }
    for (const t of reg.teams) expect(inTeam.some((d) => d.missionCode === t.missionCode && d.teamName === t.name), t.name).toBe(true);
  });
});
