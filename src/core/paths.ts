import fs from "node:fs";
import path from "node:path";

let root: string | null = null;

/** The checkout (or installed package) root: the nearest folder above this file with package.json. */
export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${__dirname}`);
    dir = parent;
  }
  root = dir;
  return dir;
}

/** The shipped data folder (reference data, UN statistics), with its README on provenance. */
export function dataPath(...parts: string[]): string {
  return path.join(projectRoot(), "data", ...parts);
}
