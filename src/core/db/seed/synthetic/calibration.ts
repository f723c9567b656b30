// Calibration constants: the published aggregates and public facts the synthetic register is fitted
// to. Levels are relative staffing weights (officers on the ground), scaled together so that the
// register reaches "almost 4,000 officers since 1989"; where the UN reports Canada's individual
// police for a mission and month, those counts override the levels.

/** Distinct officers in the register: the RCMP's "almost 4,000" (range drawn per seed). */
export const OFFICERS_MIN = 3_860;
export const OFFICERS_MAX = 3_940;
/** Tours per officer on average; the rest of the tours are redeployments of earlier officers. */
export const TOURS_PER_OFFICER = 1.28;
/** Host countries to reach (the RCMP: "over 33 countries"). */
export const HOST_COUNTRIES_MIN = 36;
export const HOST_COUNTRIES_MAX = 38;

/** The register's as-of date (later if the UN data goes further). */
export const DEFAULT_AS_OF = "2025-07-31";

export interface LevelSegment {
  from: number;
  to: number;
  level: number;
}

/**
 * Approximate historical strength of Canadian police per mission and years (RCMP and VAC pages,
 * Canada's monthly UN police totals 1990-2014). Years of a listed mission outside its segments get
 * no officers (e.g. UNMIK 2005-2021, when Canada had none there).
 */
export const LEVELS: Record<string, LevelSegment[]> = {
  UNTAG: [{ from: 1989, to: 1990, level: 100 }],
  UNPROFOR: [{ from: 1992, to: 1995, level: 45 }],
  UNMIH: [{ from: 1993, to: 1996, level: 55 }],
  UNSMIH: [{ from: 1996, to: 1997, level: 40 }],
  UNTMIH: [{ from: 1997, to: 1997, level: 25 }],
  MIPONUH: [{ from: 1997, to: 2000, level: 20 }],
  UNMIBH: [{ from: 1996, to: 2002, level: 30 }],
  IPTF: [{ from: 1996, to: 2002, level: 30 }],
  EUPM: [{ from: 2003, to: 2005, level: 10 }],
  UNMIK: [{ from: 1999, to: 2004, level: 60 }],
  UNTAET: [{ from: 1999, to: 2002, level: 8 }],
  UNMISET: [{ from: 2002, to: 2005, level: 6 }],
  MINUSTAH: [
    { from: 2004, to: 2009, level: 95 },
    { from: 2010, to: 2011, level: 130 },
    { from: 2012, to: 2017, level: 85 },
  ],
  MINUJUSTH: [{ from: 2017, to: 2019, level: 15 }],
  BINUH: [{ from: 2019, to: 2025, level: 3 }],
  "CAN-AFGHANISTAN": [{ from: 2003, to: 2014, level: 10 }],
  "EUPOL Afghanistan": [{ from: 2007, to: 2014, level: 8 }],
  "NTM-A": [{ from: 2009, to: 2014, level: 25 }],
  UNAMA: [{ from: 2003, to: 2014, level: 1 }],
  UNMIS: [{ from: 2006, to: 2011, level: 15 }],
  UNAMID: [{ from: 2007, to: 2020, level: 3 }],
  UNMISS: [{ from: 2011, to: 2025, level: 15 }],
  UNOCI: [{ from: 2004, to: 2017, level: 6 }],
  UNMIT: [{ from: 2006, to: 2012, level: 3 }],
  MONUC: [{ from: 2005, to: 2010, level: 2 }],
  MONUSCO: [{ from: 2010, to: 2025, level: 3 }],
  "EUPOL COPPS": [{ from: 2005, to: 2025, level: 4 }],
  "CPM-UKRAINE": [
    { from: 2015, to: 2015, level: 3 },
    { from: 2016, to: 2022, level: 20 },
  ],
  "EUAM Ukraine": [{ from: 2019, to: 2025, level: 10 }],
  "CAN-IRAQ-PTF": [{ from: 2017, to: 2020, level: 15 }],
  MINUSMA: [
    { from: 2013, to: 2014, level: 2 },
    { from: 2019, to: 2023, level: 12 },
  ],
  "EUCAP Sahel Mali": [{ from: 2019, to: 2025, level: 4 }],
  UNMC: [{ from: 2016, to: 2017, level: 2 }],
  UNVMC: [{ from: 2017, to: 2025, level: 2 }],
  ECCC: [{ from: 2015, to: 2025, level: 1 }],
};

/** Level for a Canadian mission the table does not list. */
export function defaultLevel(unLed: boolean): number {
  return unLed ? 5 : 8;
}

/** Planned tour length in months and its weight: mostly 6, 9 or 12 months, a few extended. */
export const TOUR_MONTHS: [number, number][] = [
  [6, 14], [7, 4], [8, 5], [9, 20], [10, 5], [11, 4], [12, 38], [13, 2], [14, 2], [15, 2], [18, 2], [24, 2],
];
/** Days between two tours of one officer: home duty, selection and pre-deployment training. */
export const MIN_GAP_DAYS = 180;
export const MAX_GAP_DAYS = 3_650;
export const MAX_TOURS = 4;
/** Soft staffing stops refilling this close to a mission's end (a drawdown, not 1-month tours). */
export const DRAWDOWN_DAYS = 120;

/**
 * Women's share of tours starting in each period: rising from the 1990s to the 2020s (RCMP
 * Generation Equality; NAP 2017-2022 target of 20%). UN-reported months fix their own share.
 */
export const FEMALE_SHARE: { until: number; share: number }[] = [
  { until: 1999, share: 0.075 },
  { until: 2009, share: 0.13 },
  { until: 2019, share: 0.185 },
  { until: 9999, share: 0.24 },
];
/** Officers recorded as another gender / gender undisclosed. */
export const ANOTHER_GENDER_SHARE = 0.005;
export const UNDISCLOSED_SHARE = 0.01;

/** Share of officers from the RCMP by the year of their first tour (UNTAG was all RCMP). */
export function rcmpShare(firstYear: number): number {
  return firstYear <= 1992 ? 0.9 : 0.47;
}
/** Weight of one police service, by jurisdiction, among non-RCMP officers. */
export const JURISDICTION_WEIGHT: Record<string, number> = {
  FEDERAL: 1,
  PROVINCIAL: 4,
  MUNICIPAL: 2,
  FIRST_NATIONS: 0.4,
};

/** Role categories of deployments (LEADERSHIP is always a senior position). */
export const CATEGORY_WEIGHT: Record<string, number> = {
  TRAINING: 20,
  MENTORING: 24,
  MONITORING: 18,
  ELECTORAL_SUPPORT: 5,
  HUMAN_RIGHTS_INVESTIGATION: 8,
  HUMANITARIAN_RESPONSE: 5,
  LEADERSHIP: 5,
  OTHER: 15,
};
/** Other senior positions (heads of unit, deputy commissioners) outside the LEADERSHIP category. */
export const OTHER_SENIOR_SHARE = 0.05;

export const RANKS_JUNIOR = ["Constable", "Corporal", "Sergeant", "Staff Sergeant"];
export const RANKS_JUNIOR_WEIGHT = [40, 25, 25, 10];
export const RANKS_SENIOR = ["Staff Sergeant", "Inspector", "Superintendent", "Chief Superintendent"];
export const RANKS_SENIOR_WEIGHT = [25, 40, 25, 10];
