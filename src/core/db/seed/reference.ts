import type { EntityManager } from "typeorm";
import { insertRows } from "./bulk-insert";
import { nullable, nullableInt, readDataCsv } from "./csv";

/** Loads the real reference data shipped in data/reference (see data/README.md for sources). */
export async function loadReferenceData(em: EntityManager): Promise<Record<string, number>> {
  const countries = readDataCsv("reference", "countries.csv");
  await insertRows(em, "country", ["iso3", "iso2", "name", "region", "subregion"],
    countries.map((r) => [r.iso3, r.iso2, r.name, nullable(r.region), nullable(r.subregion)]));

  const orgs = readDataCsv("reference", "organizations.csv");
  const orgIds = new Map<string, number>();
  for (const row of await insertRows(em, "organization", ["code", "name", "kind"], orgs.map((r) => [r.code, r.name, r.kind]), "id, code")) {
    orgIds.set(row.code, row.id);
  }

  const missions = readDataCsv("reference", "missions.csv");
  const missionRows = missions.map((r) => {
    const org = orgIds.get(r.lead_organization);
    if (org === undefined) throw new Error(`missions.csv: ${r.code} names unknown organization ${r.lead_organization}`);
    return [r.code, r.name, org, r.kind || "OTHER", r.start_date, nullable(r.end_date),
      nullableInt(r.canadian_police_from), nullableInt(r.canadian_police_to), r.source];
  });
  const missionIds = new Map<string, number>();
  const inserted = await insertRows(em, "mission",
    ["code", "name", "lead_organization_id", "kind", "start_date", "end_date", "canadian_police_from", "canadian_police_to", "source"],
    missionRows, "id, code");
  for (const row of inserted) missionIds.set(row.code, row.id);
  const hosts = missions.flatMap((r) => r.host_countries.split(";").filter(Boolean).map((iso3) => [missionIds.get(r.code), iso3.trim()]));
  await insertRows(em, "mission_host_country", ["mission_id", "country_iso3"], hosts);

  const services = readDataCsv("reference", "police-services.csv");
  await insertRows(em, "police_service", ["code", "name", "jurisdiction", "province"],
    services.map((r) => [r.code, r.name, r.jurisdiction, nullable(r.province)]));

  const roles = readDataCsv("reference", "roles.csv");
  await insertRows(em, "role", ["code", "name", "category"], roles.map((r) => [r.code, r.name, r.category]));

  const topics = readDataCsv("reference", "training-topics.csv");
  await insertRows(em, "training_topic", ["code", "name", "theme"], topics.map((r) => [r.code, r.name, r.theme]));

  const indicators = readDataCsv("reference", "wps-indicators.csv");
  const indicatorIds = new Map<string, number>();
  for (const row of await insertRows(em, "wps_indicator", ["code", "name", "unit", "source", "computation"],
    indicators.map((r) => [r.code, r.name, r.unit, r.source, r.computation]), "id, code")) {
    indicatorIds.set(row.code, row.id);
  }
  const targets = readDataCsv("reference", "wps-targets.csv");
  await insertRows(em, "wps_target", ["indicator_id", "year", "value", "source_note"], targets.map((r) => {
    const id = indicatorIds.get(r.indicator_code);
    if (id === undefined) throw new Error(`wps-targets.csv names unknown indicator ${r.indicator_code}`);
    return [id, Number(r.year), r.value, nullable(r.source_note)];
  }));

  const milestones = readDataCsv("reference", "wps-milestones.csv");
  await insertRows(em, "wps_milestone", ["date", "country_iso3", "mission_id", "title", "description", "category", "source"],
    milestones.map((r) => [r.date, nullable(r.country_iso3), r.mission_code ? missionIds.get(r.mission_code) ?? null : null, r.title, r.description, r.category, r.source]));

  return {
    countries: countries.length, organizations: orgs.length, missions: missions.length, policeServices: services.length,
    roles: roles.length, trainingTopics: topics.length, wpsIndicators: indicators.length, wpsTargets: targets.length, wpsMilestones: milestones.length,
  };
}
