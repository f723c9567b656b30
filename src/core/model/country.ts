/** A country as the reads return it; keyed by its ISO3 code. */
export interface CountryRow {
  pk: string;
  iso3: string;
  iso2: string;
  name: string;
  region: string | null;
  subregion: string | null;
}

/** Every list is OR within the field, AND across fields. */
export interface CountryFilter {
  regions?: string[] | null;
  subregions?: string[] | null;
  search?: string | null;
}

export enum CountryOrderField {
  ISO3 = "ISO3",
  NAME = "NAME",
}
