import path from "node:path";
import { embeddedRunDir } from "../../core/db/embedded/database";

/**
 * The control channel of the process that owns an embedded data directory: a Unix socket and the
 * token that opens it, in a directory only the owner's OS user may enter (mode 0700), the token
 * file readable by that user alone (0600).
 */
export function controlPaths(dataDir: string): { dir: string; socket: string; token: string } {
  const dir = embeddedRunDir(dataDir);
  return { dir, socket: path.join(dir, "control.sock"), token: path.join(dir, "control.token") };
}
