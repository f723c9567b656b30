// Public shapes of the synthetic register generator (re-exported by index.ts).

export interface MissionRef {
  code: string;
  leadOrganization: string;
  hostCountries: string[];
  startDate: string;
  endDate: string | null;
  canadianPoliceFrom: number | null;
  canadianPoliceTo: number | null;
}

/** Canada, Individual Police rows of the UN data; `mission` is "" where the report gave country totals only. */
export interface UnCanadaCount {
  asOfDate: string;
  mission: string;
  total: number;
  female: number;
}

export interface GeneratorInput {
  seed: number;
  missions: MissionRef[];
  policeServices: { code: string; jurisdiction: string }[];
  roles: { code: string; category: string }[];
  topics: { code: string; theme: string }[];
  unCanada: UnCanadaCount[];
}

export type Gender = "FEMALE" | "MALE" | "ANOTHER_GENDER" | "UNDISCLOSED";
export type TeamFocus = "COMMUNITY_POLICING" | "MANAGEMENT_DEVELOPMENT" | "SERIOUS_ORGANIZED_CRIME" | "SGBV" | "OTHER";
export type Decision = "PENDING" | "APPROVED" | "DECLINED";

export interface SyntheticOfficer {
  personnelNumber: string;
  givenName: string;
  familyName: string;
  gender: Gender;
  rank: string;
  policeServiceCode: string;
}

export interface SyntheticTeam {
  missionCode: string;
  name: string;
  focus: TeamFocus;
  ledByCanada: boolean;
  startDate: string;
  endDate: string | null;
}

export interface SyntheticDeployment {
  personnelNumber: string;
  missionCode: string;
  roleCode: string;
  teamName: string | null;
  startDate: string;
  endDate: string | null;
  senior: boolean;
}

export interface SyntheticTraining {
  title: string;
  topicCode: string;
  countryIso3: string;
  missionCode: string | null;
  startDate: string;
  endDate: string;
  participants: number;
  femaleParticipants: number;
  instructorsCertified: number;
  femaleOnly: boolean;
}

export interface SyntheticRequest {
  missionCode: string;
  requestedByOrganization: string | null;
  requestedByCountry: string | null;
  receivedOn: string;
  positionsRequested: number;
  decision: Decision;
  decidedOn: string | null;
}

export interface SyntheticRegister {
  officers: SyntheticOfficer[];
  teams: SyntheticTeam[];
  deployments: SyntheticDeployment[];
  trainings: SyntheticTraining[];
  requests: SyntheticRequest[];
}
