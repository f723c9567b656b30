// Trainings and deployment requests of the synthetic register.
import { beforeAll, describe, expect, it } from "vitest";
import { generateRegister, type SyntheticRegister } from "../../src/core/db/seed/synthetic";
import { loadInput } from "./input";

const input = loadInput(1989);
const missions = new Map(input.missions.map((m) => [m.code, m]));
const theme = new Map(input.topics.map((t) => [t.code, t.theme]));
let reg: SyntheticRegister;

beforeAll(() => {
  reg = generateRegister(input);
});

describe("synthetic register: trainings", () => {
  it("has a few dozen deliveries across topics and host countries", () => {
    expect(reg.trainings.length).toBeGreaterThanOrEqual(30);
    expect(reg.trainings.length).toBeLessThanOrEqual(70);
    expect(new Set(reg.trainings.map((t) => t.topicCode))).toEqual(new Set(input.topics.map((t) => t.code)));
    expect(new Set(reg.trainings.map((t) => t.countryIso3)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(reg.trainings.map((t) => t.title)).size).toBe(reg.trainings.length);
  });

  it("keeps every delivery consistent", () => {
    for (const t of reg.trainings) {
      expect(t.femaleParticipants).toBeLessThanOrEqual(t.participants);
      expect(t.femaleParticipants).toBeGreaterThanOrEqual(0);
      expect(t.instructorsCertified).toBeLessThanOrEqual(t.participants);
      expect(t.endDate >= t.startDate).toBe(true);
      expect(t.endDate <= "2025-07-31").toBe(true);
      if (t.missionCode !== null) {
        const m = missions.get(t.missionCode)!;
        expect(m.hostCountries).toContain(t.countryIso3);
        expect(t.startDate >= m.startDate).toBe(true);
        if (m.endDate !== null) expect(t.endDate <= m.endDate).toBe(true);
      }
    }
  });

  it("has the Ukraine mission's domestic-violence courses, 2016-2021, just over 330 participants", () => {
    const dv = reg.trainings.filter((t) => theme.get(t.topicCode) === "DOMESTIC_VIOLENCE");
    expect(dv.every((t) => t.missionCode === "CPM-UKRAINE" && t.countryIso3 === "UKR")).toBe(true);
    expect(new Set(dv.map((t) => t.topicCode))).toEqual(
      new Set(["DOMESTIC_VIOLENCE_LEGISLATION", "DOMESTIC_VIOLENCE_INVESTIGATION", "DOMESTIC_VIOLENCE_PREVENTION"]),
    );
    for (const t of dv) {
      expect(t.startDate >= "2016-01-01").toBe(true);
      expect(t.endDate <= "2021-12-31").toBe(true);
    }
    const participants = dv.reduce((s, t) => s + t.participants, 0);
    console.log(`CPM-UKRAINE domestic-violence participants: ${participants}`);
    expect(participants).toBeGreaterThanOrEqual(331);
    expect(participants).toBeLessThanOrEqual(345);
  });

  it("has female-only courses in Iraq whose graduates became instructors", () => {
    const iraq = reg.trainings.filter((t) => t.femaleOnly);
    expect(iraq.length).toBeGreaterThanOrEqual(3);
    for (const t of iraq) {
      expect(t.countryIso3).toBe("IRQ");
      expect(missions.get(t.missionCode!)!.hostCountries).toContain("IRQ");
      expect(t.femaleParticipants).toBe(t.participants);
      expect(t.instructorsCertified).toBeGreaterThan(0);
    }
  });
});

describe("synthetic register: deployment requests", () => {
  it("has an approved request before each mission's first deployment", () => {
    const first = new Map<string, string>();
    for (const d of reg.deployments) if (!first.has(d.missionCode) || d.startDate < first.get(d.missionCode)!) first.set(d.missionCode, d.startDate);
    for (const [mission, start] of first) {
      const mine = reg.requests.filter((r) => r.missionCode === mission);
      expect(mine.length, mission).toBeGreaterThanOrEqual(1);
      const opening = mine.find((r) => r.decision === "APPROVED" && r.receivedOn < start && r.decidedOn! <= start);
      expect(opening, mission).toBeDefined();
    }
  });

  it("is mostly approved, some declined, a few pending", () => {
    const n = (d: string) => reg.requests.filter((r) => r.decision === d).length;
    expect(n("APPROVED") / reg.requests.length).toBeGreaterThan(0.6);
    expect(n("DECLINED")).toBeGreaterThan(0);
    expect(n("PENDING")).toBeGreaterThan(0);
    expect(n("PENDING")).toBeLessThanOrEqual(10);
    for (const r of reg.requests) {
      expect(r.decidedOn === null).toBe(r.decision === "PENDING");
      if (r.decidedOn !== null) expect(r.decidedOn >= r.receivedOn).toBe(true);
      expect(r.receivedOn <= "2025-07-31").toBe(true);
      expect(r.positionsRequested).toBeGreaterThan(0);
      expect((r.requestedByOrganization === null) !== (r.requestedByCountry === null)).toBe(true);
    }
  });

  it("comes from the lead organization, or from the host state for bilateral missions", () => {
    for (const r of reg.requests) {
      const m = missions.get(r.missionCode)!;
      if (m.leadOrganization === "BILATERAL") expect(m.hostCountries).toContain(r.requestedByCountry);
      else expect(r.requestedByOrganization).toBe(m.leadOrganization);
    }
  });
});
