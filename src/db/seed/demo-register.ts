import { nullableInt, readDataCsv } from "./csv";
import { generateRegister, type GeneratorInput, type SyntheticRegister } from "./synthetic";
import { UN_CONTRIBUTIONS_FILE } from "./un-contributions";

/** The seed of the shipped demo register: changing it changes every synthetic record. */
export const DEMO_SEED = 1989;

/** Generator input from the shipped files, so the register is calibrated to the real data. */
export function demoGeneratorInput(seed = DEMO_SEED): GeneratorInput {
  return {
    seed,
    missions: readDataCsv("reference", "missions.csv").map((r) => ({
      code: r.code,
      leadOrganization: r.lead_organization,
      hostCountries: r.host_countries.split(";").filter(Boolean),
      startDate: r.start_date,
      endDate: r.end_date || null,
      canadianPoliceFrom: nullableInt(r.canadian_police_from),
      canadianPoliceTo: nullableInt(r.canadian_police_to),
    })),
    policeServices: readDataCsv("reference", "police-services.csv").map((r) => ({ code: r.code, jurisdiction: r.jurisdiction })),
    roles: readDataCsv("reference", "roles.csv").map((r) => ({ code: r.code, category: r.category })),
    topics: readDataCsv("reference", "training-topics.csv").map((r) => ({ code: r.code, theme: r.theme })),
    unCanada: readDataCsv("un", UN_CONTRIBUTIONS_FILE)
      .filter((r) => r.country_iso3 === "CAN" && r.personnel_type === "Individual Police" && r.mission)
      .map((r) => ({ asOfDate: r.as_of_date, mission: r.mission, total: Number(r.total), female: Number(r.female) })),
  };
}

export function demoRegister(seed = DEMO_SEED): SyntheticRegister {
  return generateRegister(demoGeneratorInput(seed));
}
