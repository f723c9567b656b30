// The synthetic register is a pure function of its input: same input and seed, same bytes.
import { describe, expect, it } from "vitest";
import { fingerprint, generateRegister, type GeneratorInput } from "../../src/core/db/seed/synthetic";
import { loadInput } from "./input";

/**
 * Fingerprint of the register for SMALL_INPUT (seed 1989). A change to the generator that changes
 * its output changes this value: if the change is intended, record the new fingerprint here (and
 * note it, since databases seeded before keep the old register).
 */
const SMALL_INPUT_SEED_1989_FINGERPRINT = "9ea9790aa380ee91f7df1723442d1c7bd7bff30c86fb11163f7e4c0706b95a12";

const SMALL_INPUT: GeneratorInput = {
  seed: 1989,
  missions: [
    { code: "UNTAG", leadOrganization: "UN", hostCountries: ["NAM"], startDate: "1989-04-01", endDate: "1990-03-21", canadianPoliceFrom: 1989, canadianPoliceTo: 1990 },
    { code: "MINUSTAH", leadOrganization: "UN", hostCountries: ["HTI"], startDate: "2004-06-01", endDate: "2017-10-15", canadianPoliceFrom: 2004, canadianPoliceTo: 2017 },
    { code: "CPM-UKRAINE", leadOrganization: "BILATERAL", hostCountries: ["UKR"], startDate: "2015-07-01", endDate: "2022-02-28", canadianPoliceFrom: 2015, canadianPoliceTo: 2022 },
    { code: "CAN-IRAQ-PTF", leadOrganization: "COALITION", hostCountries: ["IRQ"], startDate: "2017-01-01", endDate: "2020-01-31", canadianPoliceFrom: 2017, canadianPoliceTo: 2020 },
    { code: "UNTSO", leadOrganization: "UN", hostCountries: ["ISR", "EGY", "JOR", "LBN", "SYR"], startDate: "1948-05-29", endDate: null, canadianPoliceFrom: null, canadianPoliceTo: null },
  ],
  policeServices: [
    { code: "RCMP", jurisdiction: "FEDERAL" },
    { code: "OPP", jurisdiction: "PROVINCIAL" },
    { code: "TPS", jurisdiction: "MUNICIPAL" },
    { code: "NAPS", jurisdiction: "FIRST_NATIONS" },
  ],
  roles: [
    { code: "MENTORING", category: "MENTORING" },
    { code: "MONITORING", category: "MONITORING" },
    { code: "LEADERSHIP", category: "LEADERSHIP" },
  ],
  topics: [
    { code: "DOMESTIC_VIOLENCE_INVESTIGATION", theme: "DOMESTIC_VIOLENCE" },
    { code: "INSTRUCTOR_DEVELOPMENT", theme: "TRAIN_THE_TRAINER" },
    { code: "COMMUNITY_POLICING", theme: "COMMUNITY_POLICING" },
  ],
  unCanada: [
    { asOfDate: "2015-01-31", mission: "MINUSTAH", total: 80, female: 17 },
    { asOfDate: "2015-02-28", mission: "MINUSTAH", total: 57, female: 13 },
    { asOfDate: "2015-04-30", mission: "MINUSTAH", total: 89, female: 20 },
    { asOfDate: "2015-05-31", mission: "MINUSTAH", total: 86, female: 18 },
  ],
};

describe("synthetic register: determinism", () => {
  it("gives byte-identical output for the same input and seed", () => {
    const input = loadInput(1989);
    const a = generateRegister(input);
    const b = generateRegister(structuredClone(input));
    expect(fingerprint(a)).toBe(fingerprint(b));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("gives a different register for a different seed", () => {
    expect(fingerprint(generateRegister(loadInput(1989)))).not.toBe(fingerprint(generateRegister(loadInput(1990))));
  });

  it("does not depend on the order of the input lists", () => {
    const input = loadInput(7);
    const reversed: GeneratorInput = { ...input, missions: [...input.missions].reverse(), unCanada: [...input.unCanada].reverse() };
    expect(fingerprint(generateRegister(reversed))).toBe(fingerprint(generateRegister(input)));
  });

  it("has the recorded fingerprint for the small fixed input (seed 1989)", () => {
    expect(fingerprint(generateRegister(SMALL_INPUT))).toBe(SMALL_INPUT_SEED_1989_FINGERPRINT);
  });

  it("does not modify its input", () => {
    const copy = structuredClone(SMALL_INPUT);
    generateRegister(SMALL_INPUT);
    expect(SMALL_INPUT).toEqual(copy);
  });
});
