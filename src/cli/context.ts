import type { Config } from "../config";
import type { Logger } from "../core/logger";
import type { CliIo } from "./io";
import type { Lend } from "./lend";

/** What a command runs with: here in the CLI's process, or in a server's on its behalf. */
export interface CliContext {
  config: Config;
  logger: Logger;
  io: CliIo;
  lend: Lend;
}
