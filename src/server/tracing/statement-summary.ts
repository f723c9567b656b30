/**
 * A statement's summary for a trace: its command and the first table it names ("SELECT mission",
 * "INSERT deployment"), never its text, which could hold a value (a name in a filter).
 */
export function statementSummary(text: string): string {
  const command = /^\s*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase() ?? "SQL";
  const table = /\b(?:FROM|INTO|UPDATE|JOIN)\s+"?([a-z_][a-z0-9_]*)"?/i.exec(text)?.[1]?.toLowerCase();
  return table ? `${command} ${table}` : command;
}
