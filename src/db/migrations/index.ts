import { Initial1764428400000 } from "./1764428400000-initial";

// Listed explicitly (no glob) so the same list works from sources and from compiled output.
export const migrations = [Initial1764428400000];
