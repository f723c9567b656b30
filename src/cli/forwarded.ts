import path from "node:path";
import { parseRole } from "../core/auth/roles";
import type { CliContext } from "./context";
import { exportCommand, type ExportOptions } from "./export.command";
import { importCommand, type ImportCommandOptions } from "./import.command";
import { keysCreate, keysList, keysRevoke } from "./keys.command";
import { queryCommand, type QueryOptions } from "./query.command";
import { reportCommand, type ReportOptions } from "./report.command";

/**
 * The commands that work on the data, and so run inside the server when one owns the embedded
 * database (control/): one list, used by the command line and by the server alike.
 */
export interface Invocation {
  command: ForwardedCommand;
  args: string[];
  opts: Record<string, unknown>;
}

type Runner = (ctx: CliContext, args: string[], opts: Record<string, unknown>) => Promise<void>;

const COMMANDS = {
  import: (ctx, [kind, file], opts) => importCommand(ctx, kind!, file!, opts as ImportCommandOptions),
  "keys create": (ctx, _args, opts) => keysCreate(ctx, { name: String(opts.name), role: parseRole(String(opts.role)), json: opts.json === true }),
  "keys list": (ctx, _args, opts) => keysList(ctx, opts.json === true),
  "keys revoke": (ctx, [idOrPrefix]) => keysRevoke(ctx, idOrPrefix!),
  export: (ctx, [name], opts) => exportCommand(ctx, name!, opts as ExportOptions),
  query: (ctx, [file], opts) => queryCommand(ctx, file!, opts as QueryOptions),
  report: (ctx, [name], opts) => reportCommand(ctx, name!, opts as ReportOptions),
} satisfies Record<string, Runner>;

export type ForwardedCommand = keyof typeof COMMANDS;

/** Which arguments and options name files: made absolute before the work moves to another process. */
const PATHS: Record<ForwardedCommand, { args: number[]; opts: string[] }> = {
  import: { args: [1], opts: [] },
  "keys create": { args: [], opts: [] },
  "keys list": { args: [], opts: [] },
  "keys revoke": { args: [], opts: [] },
  export: { args: [], opts: ["out"] },
  query: { args: [0], opts: ["out"] },
  report: { args: [], opts: ["out", "outDir"] },
};

/** The same invocation with its file names resolved against `cwd`. */
export function withAbsolutePaths(invocation: Invocation, cwd: string): Invocation {
  const paths = PATHS[invocation.command];
  const args = invocation.args.map((a, i) => (paths.args.includes(i) ? path.resolve(cwd, a) : a));
  const opts = { ...invocation.opts };
  for (const name of paths.opts) if (typeof opts[name] === "string") opts[name] = path.resolve(cwd, opts[name] as string);
  return { ...invocation, args, opts };
}

const isPlainOption = (v: unknown) => v === undefined || typeof v === "string" || typeof v === "boolean" || (Array.isArray(v) && v.every((x) => typeof x === "string"));

/** An invocation received from elsewhere, checked for shape; throws a message naming what is wrong. */
export function parseInvocation(value: unknown): Invocation {
  const v = value as Partial<Invocation> | null;
  if (!v || typeof v !== "object") throw new Error("an invocation must be a JSON object {command, args, opts}");
  if (typeof v.command !== "string" || !Object.hasOwn(COMMANDS, v.command)) {
    throw new Error(`unknown command ${JSON.stringify(v.command)}: one of ${Object.keys(COMMANDS).join(", ")}`);
  }
  if (!Array.isArray(v.args) || !v.args.every((a) => typeof a === "string")) throw new Error("args must be a list of strings");
  if (!v.opts || typeof v.opts !== "object" || Array.isArray(v.opts) || !Object.values(v.opts).every(isPlainOption)) {
    throw new Error("opts must be an object of strings, booleans and lists of strings");
  }
  return { command: v.command as ForwardedCommand, args: v.args, opts: Object.assign(Object.create(null), v.opts) as Record<string, unknown> };
}

export function runInvocation(ctx: CliContext, invocation: Invocation): Promise<void> {
  return (COMMANDS[invocation.command] as Runner)(ctx, invocation.args, invocation.opts);
}
