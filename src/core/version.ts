import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./paths";

let version: string | null = null;

/** peaceops's version, as its package.json gives it. */
export const peaceopsVersion = (): string =>
  (version ??= (JSON.parse(fs.readFileSync(path.join(projectRoot(), "package.json"), "utf8")) as { version: string }).version);
