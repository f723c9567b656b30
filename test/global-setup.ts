import { ensureWebBuilt } from "./support/browser";

/**
 * Once per run, before any test file: the pages built from web/ when they are older than it (the
 * browser tests and the route tests serve dist/web; building there, in parallel files, would race).
 */
export default function setup(): void {
  ensureWebBuilt();
}
