import { nullableInt, readDataCsv } from "./csv";
import { generateRegister, type GeneratorInput, type SyntheticRegister } from "./synthetic";

/** The seed of the shipped demo register: changing it changes every synthetic record. */
export const DEMO_SEED = 1989;

/** Canada's rows of the UN statistics (a subset of the full file, shipped beside it). */
const CANADA_UN_FILE = "canada_un_police_contributions_2015_2025.csv";

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
    // Canada's individual police per mission and month; an empty mission is a country total
    // (2018-03..2019-08), which the generator spreads over the missions open then.
    unCanada: readDataCsv("un", CANADA_UN_FILE)
      .filter((r) => r.personnel_type === "Individual Police")
      .map((r) => ({ asOfDate: r.as_of_date, mission: r.mission, total: Number(r.total), female: Number(r.female) })),
  };
}

export function demoRegister(seed = DEMO_SEED): SyntheticRegister {
  return generateRegister(demoGeneratorInput(seed));
}
