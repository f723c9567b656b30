export * from "./content";
export * from "./fingerprint";
export * from "./options";
