import { PersonnelType } from "./enums";

// The UN reports' category names, as printed, and the enum names themselves.
const BY_LABEL: Record<string, PersonnelType> = {
  "individual police": PersonnelType.INDIVIDUAL_POLICE,
  "formed police units": PersonnelType.FORMED_POLICE_UNIT,
  "experts on mission": PersonnelType.EXPERT_ON_MISSION,
  "staff officer": PersonnelType.STAFF_OFFICER,
  troops: PersonnelType.TROOPS,
};

/** Reads a personnel type written as in the UN reports or as the enum name, in any case. */
export function parsePersonnelType(text: string): PersonnelType | null {
  const key = text.trim().toLowerCase();
  if (BY_LABEL[key]) return BY_LABEL[key];
  const upper = key.toUpperCase() as PersonnelType;
  return Object.values(PersonnelType).includes(upper) ? upper : null;
}
