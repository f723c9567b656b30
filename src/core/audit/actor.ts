import os from "node:os";

/** Who made a change, as the audit log records it. */
export interface Actor {
  kind: "KEY" | "CLI";
  /** The API key's name, or `cli:<OS user>`. */
  name: string;
}

export function cliActor(): Actor {
  let user: string;
  try {
    user = os.userInfo().username;
  } catch {
    user = process.env.USER ?? "unknown";
  }
  return { kind: "CLI", name: `cli:${user}` };
}
