import type { DataSource } from "typeorm";
import { insertRows } from "../../src/core/db/seed/bulk-insert";

/**
 * A small register whose every figure is worked out by hand in the tests that use it.
 * Officers (gender, service): P-001 FEMALE RCMP, P-002 MALE SPVM, P-003 UNDISCLOSED NAPS,
 * P-004 FEMALE RCMP, P-005 MALE RCMP.
 * Deployments (id order = insertion order):
 *   1 P-001 MINUSTAH    TRAINING   2010-01-01..2010-12-31
 *   2 P-002 MINUSTAH    MENTORING  2010-06-01..2011-05-31
 *   3 P-003 MINUSTAH    LEADERSHIP 2012-01-01..2012-06-30 senior, team "SGBV Team"
 *   4 P-001 CPM-UKRAINE TRAINING   2016-06-01..2017-05-31
 *   5 P-004 CPM-UKRAINE MENTORING  2017-01-01..2017-12-31
 *   6 P-005 UNMIK       MENTORING  2022-03-01..(ongoing)
 *   7 P-002 EUPOL COPPS TRAINING   2013-01-01..2013-12-31
 */
export async function loadFixture(db: DataSource): Promise<void> {
  const em = db.manager;
  await insertRows(em, "country", ["iso3", "iso2", "name", "region", "subregion"], [
    ["CAN", "CA", "Canada", "Americas", "Northern America"],
    ["HTI", "HT", "Haiti", "Americas", "Latin America and the Caribbean"],
    ["UKR", "UA", "Ukraine", "Europe", "Eastern Europe"],
    ["XKX", "XK", "Kosovo", "Europe", "Southern Europe"],
    ["PSE", "PS", "State of Palestine", "Asia", "Western Asia"],
    ["SDN", "SD", "Sudan", "Africa", "Northern Africa"],
    ["SSD", "SS", "South Sudan", "Africa", "Sub-Saharan Africa"],
    ["BGD", "BD", "Bangladesh", "Asia", "Southern Asia"],
  ]);
  await insertRows(em, "organization", ["id", "code", "name", "kind"], [
    [1, "UN", "United Nations", "INTERNATIONAL_ORGANIZATION"],
    [2, "EU", "European Union", "INTERNATIONAL_ORGANIZATION"],
    [3, "BILATERAL", "Government of Canada (bilateral)", "STATE"],
  ]);
  await insertRows(em, "mission", ["id", "code", "name", "lead_organization_id", "kind", "start_date", "end_date", "source"], [
    [1, "MINUSTAH", "United Nations Stabilization Mission in Haiti", 1, "PEACEKEEPING", "2004-06-01", "2017-10-15", "fixture"],
    [2, "UNMIK", "United Nations Interim Administration Mission in Kosovo", 1, "PEACEKEEPING", "1999-06-10", null, "fixture"],
    [3, "EUPOL COPPS", "EU Coordinating Office for Palestinian Police Support", 2, "POLICE_DEVELOPMENT", "2006-01-01", null, "fixture"],
    [4, "CPM-UKRAINE", "Canadian Police Mission in Ukraine", 3, "POLICE_DEVELOPMENT", "2015-07-01", "2022-02-28", "fixture"],
    [5, "UNISFA", "United Nations Interim Security Force for Abyei", 1, "PEACEKEEPING", "2011-06-27", null, "fixture"],
  ]);
  await insertRows(em, "mission_host_country", ["mission_id", "country_iso3"], [
    [1, "HTI"], [2, "XKX"], [3, "PSE"], [4, "UKR"], [5, "SDN"], [5, "SSD"],
  ]);
  await insertRows(em, "police_service", ["id", "code", "name", "jurisdiction", "province"], [
    [1, "RCMP", "Royal Canadian Mounted Police", "FEDERAL", null],
    [2, "SPVM", "Service de police de la Ville de Montréal", "MUNICIPAL", "QC"],
    [3, "NAPS", "Nishnawbe-Aski Police Service", "FIRST_NATIONS", "ON"],
  ]);
  await insertRows(em, "role", ["id", "code", "name", "category"], [
    [1, "TRAINING", "Training", "TRAINING"],
    [2, "MENTORING", "Mentoring", "MENTORING"],
    [3, "LEADERSHIP", "Senior leadership", "LEADERSHIP"],
  ]);
  await insertRows(em, "officer", ["id", "personnel_number", "given_name", "family_name", "gender", "rank", "police_service_id", "source"], [
    [1, "P-001", "Ada", "Tremblay", "FEMALE", "Sergeant", 1, "synthetic demo"],
    [2, "P-002", "Luc", "Gagnon", "MALE", "Constable", 2, "synthetic demo"],
    [3, "P-003", "Sam", "Roy", "UNDISCLOSED", "Inspector", 3, "synthetic demo"],
    [4, "P-004", "Mia", "Côté", "FEMALE", "Corporal", 1, "synthetic demo"],
    [5, "P-005", "Noah", "Bouchard", "MALE", "Staff Sergeant", 1, "synthetic demo"],
  ]);
  await insertRows(em, "specialized_team", ["id", "mission_id", "name", "focus", "led_by_canada", "start_date", "end_date", "source"], [
    [1, 1, "SGBV Team", "SGBV", true, "2011-01-01", "2017-10-15", "synthetic demo"],
  ]);
  await insertRows(em, "deployment", ["id", "officer_id", "mission_id", "role_id", "team_id", "start_date", "end_date", "senior", "source"], [
    [1, 1, 1, 1, null, "2010-01-01", "2010-12-31", false, "synthetic demo"],
    [2, 2, 1, 2, null, "2010-06-01", "2011-05-31", false, "synthetic demo"],
    [3, 3, 1, 3, 1, "2012-01-01", "2012-06-30", true, "synthetic demo"],
    [4, 1, 4, 1, null, "2016-06-01", "2017-05-31", false, "synthetic demo"],
    [5, 4, 4, 2, null, "2017-01-01", "2017-12-31", false, "synthetic demo"],
    [6, 5, 2, 2, null, "2022-03-01", null, false, "synthetic demo"],
    [7, 2, 3, 1, null, "2013-01-01", "2013-12-31", false, "synthetic demo"],
  ]);
  await insertRows(em, "training_topic", ["id", "code", "name", "theme"], [
    [1, "DOMESTIC_VIOLENCE_LEGISLATION", "Domestic violence legislation", "DOMESTIC_VIOLENCE"],
    [2, "COMMUNITY_POLICING", "Community policing", "COMMUNITY_POLICING"],
  ]);
  await insertRows(em, "training_delivery",
    ["id", "mission_id", "country_iso3", "topic_id", "title", "start_date", "end_date", "participants", "female_participants", "instructors_certified", "female_only", "source"], [
    [1, 4, "UKR", 1, "New domestic-violence law", "2017-03-01", "2017-03-05", 25, 9, 0, false, "synthetic demo"],
    [2, 1, "HTI", 2, "Community policing basics", "2011-02-01", "2011-02-10", 30, 30, 2, true, "synthetic demo"],
  ]);
  await insertRows(em, "deployment_request",
    ["id", "mission_id", "requested_by_organization_id", "requested_by_country_iso3", "received_on", "positions_requested", "decision", "decided_on", "source"], [
    [1, 1, 1, null, "2004-05-01", 100, "APPROVED", "2004-05-20", "synthetic demo"],
    [2, 4, null, "UKR", "2015-05-01", 20, "PENDING", null, "synthetic demo"],
  ]);
  await insertRows(em, "un_contribution", ["id", "as_of_date", "mission_id", "country_iso3", "personnel_type", "male", "female", "total", "source"], [
    [1, "2016-08-31", 1, "CAN", "INDIVIDUAL_POLICE", 70, 14, 84, "fixture"],
    [2, "2016-08-31", 1, "BGD", "FORMED_POLICE_UNIT", 150, 10, 160, "fixture"],
    [3, "2016-09-30", 1, "CAN", "INDIVIDUAL_POLICE", 66, 14, 80, "fixture"],
    [4, "2018-05-31", null, "CAN", "INDIVIDUAL_POLICE", 20, 5, 25, "fixture"],
  ]);
  await insertRows(em, "wps_indicator", ["id", "code", "name", "unit", "source", "computation"], [
    [1, "NAP_WOMEN_DEPLOYED_POLICE", "Women among deployed Canadian police", "PERCENT", "NAP_2017_2022", "female participation rate of the year"],
  ]);
  await insertRows(em, "wps_target", ["id", "indicator_id", "year", "value", "source_note"], [[1, 1, 2020, "0.2000", "NAP 2017-2022"]]);
  await insertRows(em, "wps_milestone", ["id", "date", "country_iso3", "mission_id", "title", "description", "category", "source"], [
    [1, "2020-01-01", "UKR", 4, "Domestic-violence training", "Over 330 officers trained", "TRAINING", "RCMP, Peace operations page"],
  ]);
  // Explicit ids above: move the sequences past them so later inserts do not collide.
  for (const table of ["organization", "mission", "police_service", "role", "officer", "specialized_team", "deployment",
    "training_topic", "training_delivery", "deployment_request", "un_contribution", "wps_indicator", "wps_target", "wps_milestone"]) {
    await db.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
  }
}
