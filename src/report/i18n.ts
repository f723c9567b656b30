import type { SectionId } from "../core/reports/generation-equality";

/** The languages the report is written in. */
export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];

/** Every text of the report, in each language: one table, so that a missing translation is a type error. */
export interface Messages {
  title: string;
  subtitle(period: string): string;
  periodLine(from: string, to: string): string;
  yearNote(year: number): string;
  accessAnonymous(min: number): string;
  accessLowered(min: number): string;
  accessDefault(min: number): string;
  sections: Record<SectionId, { title: string; definition: string }>;
  definitionsCited(list: string): string;
  period: string;
  provenance: string;
  sources: string;
  asOf: string;
  data: Record<"REAL" | "SYNTHETIC" | "MIXED", string>;
  syntheticWarning: string;
  mixedWarning: string;
  suppressed: string;
  none: string;
  yes: string;
  no: string;
  table: string;
  columns: Record<string, string>;
  series: Record<string, string>;
  axes: Record<string, string>;
  charts: Record<string, { title: string; desc: string; caption: string }>;
  headcountNote: string;
  multiHostRule: string;
  enrolmentNote: string;
  ukraineTitle: string;
  byThemeTitle: string;
  unTargetsTitle: string;
  unSharesTitle: string;
  reconciliationSummary(compared: number, differing: number): string;
  coverageLine: string;
  granularity: string;
  noDifference: string;
  milestonesNote: string;
  noMilestones: string;
  countriesServed(n: number): string;
  colophon: string;
  version: string;
  fingerprint: string;
  fingerprintNote: string;
  options: string;
  queries: string;
  queriesNote: string;
  toc: string;
  personnelTypes: Record<string, string>;
}

export const EN: Messages = {
  title: "Generation Equality report: Canadian police in peace operations",
  subtitle: (period) => `Women, Peace and Security figures, ${period}`,
  periodLine: (from, to) => `Period: ${from} to ${to}, both included.`,
  yearNote: (year) => `Report year ${year}: the ten calendar years to ${year}.`,
  accessAnonymous: (min) => `Small groups withheld: groups of fewer than ${min} officers of known gender are suppressed (the default for anyone without an API key).`,
  accessLowered: (min) => `Small groups: minimum cell size ${min}, lowered below the default of 5 by an ANALYST; not for publication as it stands.`,
  accessDefault: (min) => `Small groups withheld: minimum cell size ${min}.`,
  sections: {
    "women-share": { title: "1. Women among deployed Canadian police, by year", definition: "Women's share is the number of women divided by the officers of known gender deployed in the year, each officer counted once (docs/definitions.md 1, 2, 3), with its 95 % Wilson interval (7)." },
    headcount: { title: "2. Headcount at each quarter end, women and others", definition: "The headcount on a date is the number of distinct officers deployed on that date, counted at every quarter end (docs/definitions.md 5)." },
    senior: { title: "3. Senior positions held by women, by year", definition: "The same share over deployments flagged as senior positions only (docs/definitions.md 6), with its 95 % Wilson interval (7)." },
    countries: { title: "4. Countries served, by year and cumulatively", definition: "A country is served in a year when a deployment to a mission it hosts overlaps that year; cumulatively, since the first record (docs/definitions.md 10)." },
    trainings: { title: "5. Trainings delivered", definition: "Trainings are counted by their start date, and their participants are enrolments: a person on two courses counts twice (docs/definitions.md 9)." },
    un: { title: "6. The UN's police: women's share against the Gender Parity Strategy", definition: "The UN's women's share is sum(women) / sum(total) over the month-end reports of the year, stocks never added as flows (docs/definitions.md 11), measured against the strategy's targets with a five-year trend (12)." },
    reconciliation: { title: "7. Reconciliation of the register with the UN's counts", definition: "For each month end and UN-led mission the register's headcount of Canadian officers is compared with the UN's count of Canadian police there (docs/definitions.md 13)." },
    milestones: { title: "8. WPS milestones", definition: "Milestones named in public sources, dated, each with its source (reference data, docs/definitions.md 14)." },
  },
  definitionsCited: (list) => `Definitions: docs/definitions.md ${list}.`,
  period: "Period",
  provenance: "Data",
  sources: "sources",
  asOf: "as of",
  data: { REAL: "REAL data", SYNTHETIC: "SYNTHETIC data", MIXED: "MIXED data (real and synthetic)" },
  syntheticWarning: "These figures come from a generated, synthetic register: they describe no real person or deployment.",
  mixedWarning: "These figures combine real and synthetic data: they are not a finding about real people.",
  suppressed: "suppressed",
  none: "–",
  yes: "yes",
  no: "no",
  table: "Data table",
  columns: {
    year: "Year", officers: "Officers", known: "Known gender", female: "Women", rate: "Women's share", interval: "95 % interval", target: "Target",
    date: "Quarter end", women: "Women", others: "Men and another gender", countries: "Countries served", cumulative: "Cumulative",
    theme: "Theme", country: "Country", deliveries: "Deliveries", participants: "Participants (enrolments)", femaleParticipants: "Women participants", femaleShare: "Women's share",
    indicator: "Indicator", personnelType: "Personnel type", targetYear: "Target year", targetValue: "Target", latest: "Latest", latestYear: "Latest year", trend: "Trend per year",
    needed: "Needed per year", projected: "Projected", onTrack: "On track", snapshots: "Month ends", total: "Total",
    mission: "Mission", level: "Level", register: "Register", un: "UN", difference: "Difference", coverage: "What the UN's data holds", rows: "Rows",
    title: "Milestone", description: "Description", category: "Category", source: "Source", met: "Met", actual: "Actual",
  },
  series: { rate: "Women's share", target: "National action plan target", women: "Women", others: "Men and another gender", countries: "Countries served in the year", cumulative: "Countries served since the first record", participants: "Participants", femaleParticipants: "Women participants", INDIVIDUAL_POLICE: "Individual police", FORMED_POLICE_UNIT: "Formed police units", targetIpo: "Target 2028, individual police", targetFpu: "Target 2028, formed police units" },
  axes: { year: "Year", share: "Women's share", officers: "Officers deployed", countries: "Countries", participants: "Participants (enrolments)" },
  charts: {
    "women-share": { title: "Women among deployed Canadian police", desc: "Line chart of women's share of deployed Canadian police by year, with a shaded band for the 95 % Wilson interval and a dashed line for the national action plan's 20 % target.", caption: "Solid line: women's share; shaded band: 95 % interval; dashed line: the national action plan's target in the years it applies. Suppressed years are not plotted." },
    headcount: { title: "Canadian police deployed at each quarter end", desc: "Line chart of the headcount at each quarter end: women as a solid line, men and officers of another gender as a dashed line.", caption: "Solid line: women; dashed line: men and officers of another gender (known gender minus women). Suppressed points are not plotted." },
    senior: { title: "Women in senior positions", desc: "Line chart of women's share of senior positions by year, with its 95 % interval band and the national action plan's target as a dashed line.", caption: "Solid line: women's share of senior positions; shaded band: 95 % interval; dashed line: the target. Suppressed years are not plotted." },
    countries: { title: "Countries served", desc: "Line chart of the number of host countries served each year (solid) and since the first record (dashed).", caption: "Solid line: countries served in the year; dashed line: cumulatively. A mission with several host countries counts for each." },
    ukraine: { title: "Domestic-violence courses in Ukraine", desc: "Line chart of participants (solid) and women participants (dashed) in domestic-violence courses delivered in Ukraine, by year.", caption: "Solid line: participants (enrolments); dashed line: women participants." },
    un: { title: "Women among the UN's police", desc: "Line chart of women's share among UN individual police (solid) and formed police units (dashed) by year, with the Gender Parity Strategy's 2028 targets as dotted lines.", caption: "Solid: individual police; dashed: formed police units; dotted: the 2028 targets (30 % and 20 %)." },
  },
  headcountNote: "The headcount series counts officers of known gender and women; it has no count of men alone, so the second series is known gender minus women: men and officers of another gender.",
  multiHostRule: "Multi-host rule: a mission with several host countries counts for each of them (docs/definitions.md 10).",
  enrolmentNote: "Participants are enrolments, not distinct people. Training counts are not suppressed (no gender of an officer is shown).",
  ukraineTitle: "Domestic-violence courses in Ukraine, by year",
  byThemeTitle: "By theme and country",
  unTargetsTitle: "Progress to the Gender Parity Strategy's targets",
  unSharesTitle: "Women's share by year and personnel type",
  reconciliationSummary: (compared, differing) => `${compared} rows have a UN count to compare with; ${differing} of them differ.`,
  coverageLine: "Rows by what the UN's data holds",
  granularity: "The UN gives Canada's police by mission in most months, by country only in some (COUNTRY_TOTAL_ONLY: then one country-total row compares Canada's total), and no report in others (NO_DATA); some missions it never lists police in (NOT_REPORTED). Only REPORTED rows have a UN count and a difference (docs/definitions.md 13).",
  noDifference: "No month with a UN count differs from the register.",
  milestonesNote: "Milestones dated on or before the period's end.",
  noMilestones: "No milestone up to the period's end.",
  countriesServed: (n) => `Countries served in the period: ${n}.`,
  colophon: "Colophon",
  version: "peaceops version",
  fingerprint: "Data fingerprint",
  fingerprintNote: "SHA-256 over the canonical JSON of every figure read (keys sorted): the same data and options give the same fingerprint and the same document.",
  options: "Options",
  queries: "GraphQL queries that reproduce the figures",
  queriesNote: "Send each to /graphql (an ANALYST key for a minCellSize below 5).",
  toc: "Contents",
  personnelTypes: { INDIVIDUAL_POLICE: "Individual police", FORMED_POLICE_UNIT: "Formed police units" },
};

export const FR: Messages = {
  title: "Rapport Génération Égalité : la police canadienne dans les opérations de paix",
  subtitle: (period) => `Chiffres Femmes, paix et sécurité, ${period}`,
  periodLine: (from, to) => `Période : du ${from} au ${to} inclus.`,
  yearNote: (year) => `Année du rapport ${year} : les dix années civiles jusqu'à ${year}.`,
  accessAnonymous: (min) => `Petits groupes masqués : les groupes de moins de ${min} policiers de genre connu sont supprimés (la règle pour quiconque n'a pas de clé d'API).`,
  accessLowered: (min) => `Petits groupes : taille minimale ${min}, abaissée sous la valeur par défaut de 5 par un ANALYST ; ne pas publier tel quel.`,
  accessDefault: (min) => `Petits groupes masqués : taille minimale ${min}.`,
  sections: {
    "women-share": { title: "1. Les femmes parmi les policiers canadiens déployés, par année", definition: "La part des femmes est le nombre de femmes divisé par le nombre de policiers de genre connu déployés dans l'année, chacun compté une fois (docs/definitions.md 1, 2, 3), avec son intervalle de Wilson à 95 % (7)." },
    headcount: { title: "2. Effectif à chaque fin de trimestre, femmes et autres", definition: "L'effectif à une date est le nombre de policiers distincts déployés à cette date, compté à chaque fin de trimestre (docs/definitions.md 5)." },
    senior: { title: "3. Postes de direction occupés par des femmes, par année", definition: "La même part, sur les seuls déploiements marqués comme postes de direction (docs/definitions.md 6), avec son intervalle de Wilson à 95 % (7)." },
    countries: { title: "4. Pays desservis, par année et en cumul", definition: "Un pays est desservi une année quand un déploiement dans une mission qu'il accueille chevauche cette année ; en cumul, depuis le premier enregistrement (docs/definitions.md 10)." },
    trainings: { title: "5. Formations données", definition: "Les formations sont comptées à leur date de début et leurs participants sont des inscriptions : une personne inscrite à deux cours compte deux fois (docs/definitions.md 9)." },
    un: { title: "6. La police de l'ONU : part des femmes et Stratégie sur la parité des genres", definition: "La part des femmes de l'ONU est somme(femmes) / somme(total) sur les rapports de fin de mois de l'année, des stocks jamais additionnés comme des flux (docs/definitions.md 11), comparée aux cibles de la stratégie avec une tendance sur cinq ans (12)." },
    reconciliation: { title: "7. Rapprochement du registre avec les chiffres de l'ONU", definition: "Pour chaque fin de mois et mission dirigée par l'ONU, l'effectif des policiers canadiens du registre est comparé au nombre de policiers canadiens que l'ONU y compte (docs/definitions.md 13)." },
    milestones: { title: "8. Jalons FPS", definition: "Jalons cités par des sources publiques, datés, chacun avec sa source (données de référence, docs/definitions.md 14)." },
  },
  definitionsCited: (list) => `Définitions : docs/definitions.md ${list}.`,
  period: "Période",
  provenance: "Données",
  sources: "sources",
  asOf: "au",
  data: { REAL: "Données RÉELLES", SYNTHETIC: "Données SYNTHÉTIQUES", MIXED: "Données MIXTES (réelles et synthétiques)" },
  syntheticWarning: "Ces chiffres viennent d'un registre généré, synthétique : ils ne décrivent aucune personne ni aucun déploiement réels.",
  mixedWarning: "Ces chiffres mêlent données réelles et synthétiques : ce n'est pas un constat sur des personnes réelles.",
  suppressed: "supprimé",
  none: "–",
  yes: "oui",
  no: "non",
  table: "Tableau des données",
  columns: {
    year: "Année", officers: "Policiers", known: "Genre connu", female: "Femmes", rate: "Part des femmes", interval: "Intervalle à 95 %", target: "Cible",
    date: "Fin de trimestre", women: "Femmes", others: "Hommes et autre genre", countries: "Pays desservis", cumulative: "Cumul",
    theme: "Thème", country: "Pays", deliveries: "Séances", participants: "Participants (inscriptions)", femaleParticipants: "Participantes", femaleShare: "Part des femmes",
    indicator: "Indicateur", personnelType: "Type de personnel", targetYear: "Année cible", targetValue: "Cible", latest: "Dernière valeur", latestYear: "Dernière année", trend: "Tendance par an",
    needed: "Nécessaire par an", projected: "Projection", onTrack: "En voie", snapshots: "Fins de mois", total: "Total",
    mission: "Mission", level: "Niveau", register: "Registre", un: "ONU", difference: "Écart", coverage: "Ce que contiennent les données de l'ONU", rows: "Lignes",
    title: "Jalon", description: "Description", category: "Catégorie", source: "Source", met: "Atteinte", actual: "Valeur",
  },
  series: { rate: "Part des femmes", target: "Cible du plan d'action national", women: "Femmes", others: "Hommes et autre genre", countries: "Pays desservis dans l'année", cumulative: "Pays desservis depuis le premier enregistrement", participants: "Participants", femaleParticipants: "Participantes", INDIVIDUAL_POLICE: "Policiers hors unités constituées", FORMED_POLICE_UNIT: "Unités de police constituées", targetIpo: "Cible 2028, policiers hors unités", targetFpu: "Cible 2028, unités constituées" },
  axes: { year: "Année", share: "Part des femmes", officers: "Policiers déployés", countries: "Pays", participants: "Participants (inscriptions)" },
  charts: {
    "women-share": { title: "Les femmes parmi les policiers canadiens déployés", desc: "Graphique linéaire de la part des femmes parmi les policiers canadiens déployés par année, avec une bande ombrée pour l'intervalle de Wilson à 95 % et une ligne tiretée pour la cible de 20 % du plan d'action national.", caption: "Ligne pleine : part des femmes ; bande ombrée : intervalle à 95 % ; ligne tiretée : la cible du plan d'action national, les années où elle s'applique. Les années supprimées ne sont pas tracées." },
    headcount: { title: "Policiers canadiens déployés à chaque fin de trimestre", desc: "Graphique linéaire de l'effectif à chaque fin de trimestre : les femmes en ligne pleine, les hommes et les policiers d'un autre genre en ligne tiretée.", caption: "Ligne pleine : femmes ; ligne tiretée : hommes et autre genre (genre connu moins femmes). Les points supprimés ne sont pas tracés." },
    senior: { title: "Les femmes aux postes de direction", desc: "Graphique linéaire de la part des femmes aux postes de direction par année, avec la bande de son intervalle à 95 % et la cible du plan d'action national en ligne tiretée.", caption: "Ligne pleine : part des femmes aux postes de direction ; bande ombrée : intervalle à 95 % ; ligne tiretée : la cible. Les années supprimées ne sont pas tracées." },
    countries: { title: "Pays desservis", desc: "Graphique linéaire du nombre de pays hôtes desservis chaque année (ligne pleine) et depuis le premier enregistrement (ligne tiretée).", caption: "Ligne pleine : pays desservis dans l'année ; ligne tiretée : en cumul. Une mission à plusieurs pays hôtes compte pour chacun." },
    ukraine: { title: "Cours sur la violence familiale en Ukraine", desc: "Graphique linéaire des participants (ligne pleine) et des participantes (ligne tiretée) aux cours sur la violence familiale donnés en Ukraine, par année.", caption: "Ligne pleine : participants (inscriptions) ; ligne tiretée : participantes." },
    un: { title: "Les femmes dans la police de l'ONU", desc: "Graphique linéaire de la part des femmes parmi les policiers hors unités de l'ONU (ligne pleine) et les unités de police constituées (tiretée) par année, avec les cibles 2028 de la Stratégie en pointillé.", caption: "Pleine : policiers hors unités ; tiretée : unités constituées ; pointillée : les cibles 2028 (30 % et 20 %)." },
  },
  headcountNote: "La série d'effectifs compte les policiers de genre connu et les femmes ; elle ne compte pas les hommes à part, donc la seconde série est le genre connu moins les femmes : les hommes et les policiers d'un autre genre.",
  multiHostRule: "Règle des pays multiples : une mission à plusieurs pays hôtes compte pour chacun d'eux (docs/definitions.md 10).",
  enrolmentNote: "Les participants sont des inscriptions, non des personnes distinctes. Les formations ne sont pas supprimées (aucun genre de policier n'y paraît).",
  ukraineTitle: "Cours sur la violence familiale en Ukraine, par année",
  byThemeTitle: "Par thème et pays",
  unTargetsTitle: "Progrès vers les cibles de la Stratégie sur la parité des genres",
  unSharesTitle: "Part des femmes par année et type de personnel",
  reconciliationSummary: (compared, differing) => `${compared} lignes ont un chiffre de l'ONU à comparer ; ${differing} diffèrent.`,
  coverageLine: "Lignes selon ce que contiennent les données de l'ONU",
  granularity: "L'ONU donne les policiers canadiens par mission la plupart des mois, par pays seulement certains mois (COUNTRY_TOTAL_ONLY : une ligne de total national compare alors le total du Canada), et aucun rapport d'autres mois (NO_DATA) ; dans certaines missions elle ne compte jamais de policiers (NOT_REPORTED). Seules les lignes REPORTED ont un chiffre de l'ONU et un écart (docs/definitions.md 13).",
  noDifference: "Aucun mois ayant un chiffre de l'ONU ne diffère du registre.",
  milestonesNote: "Jalons datés jusqu'à la fin de la période.",
  noMilestones: "Aucun jalon jusqu'à la fin de la période.",
  countriesServed: (n) => `Pays desservis dans la période : ${n}.`,
  colophon: "Colophon",
  version: "Version de peaceops",
  fingerprint: "Empreinte des données",
  fingerprintNote: "SHA-256 du JSON canonique de chaque chiffre lu (clés triées) : les mêmes données et options donnent la même empreinte et le même document.",
  options: "Options",
  queries: "Requêtes GraphQL qui reproduisent les chiffres",
  queriesNote: "Envoyez chacune à /graphql (une clé ANALYST pour un minCellSize sous 5).",
  toc: "Sommaire",
  personnelTypes: { INDIVIDUAL_POLICE: "Policiers hors unités constituées", FORMED_POLICE_UNIT: "Unités de police constituées" },
};

export const MESSAGES: Record<Lang, Messages> = { en: EN, fr: FR };
