import { unstorableCharacter, type Unstorable } from "../core/input/storable-text";

/**
 * What is wrong with a request's variables: too deep, or a text no column can hold. `path` is the
 * object keys from the variable down (list indexes left out); for depth, only the first one, the
 * input field that holds the deep value.
 */
export type VariableFinding =
  | { kind: "depth"; variable: string; path: string[] }
  | { kind: "text"; variable: string; path: string[]; character: Unstorable };

/** An object key on the way down, linked to the one above: no path is copied until one is reported. */
interface Key {
  key: string;
  above: Key | null;
}

interface Pending {
  value: unknown;
  /** Lists and objects that hold this value (0 for the variable's own value). */
  depth: number;
  key: Key | null;
}

function pathOf(key: Key | null): string[] {
  const path: string[] = [];
  for (let k = key; k; k = k.above) path.push(k.key);
  return path.reverse();
}

/**
 * Walks every variable's value with an explicit stack, never the call stack, so a value nested
 * 5,000 deep is a finding rather than a stack overflow. Returns the first finding in document
 * order: a list or an object nested more than `maxDepth` levels deep (the walk goes no deeper), or
 * an unstorable text in a string or in an object's key.
 */
export function scanVariables(variables: Record<string, unknown>, maxDepth: number): VariableFinding | null {
  for (const [variable, root] of Object.entries(variables)) {
    const stack: Pending[] = [{ value: root, depth: 0, key: null }];
    while (stack.length) {
      const { value, depth, key } = stack.pop()!;
      if (typeof value === "string") {
        const character = unstorableCharacter(value);
        if (character) return { kind: "text", variable, path: pathOf(key), character };
        continue;
      }
      if (value === null || typeof value !== "object") continue;
      if (depth + 1 > maxDepth) return { kind: "depth", variable, path: pathOf(key).slice(0, 1) };
      const start = stack.length;
      if (Array.isArray(value)) {
        for (const item of value) stack.push({ value: item, depth: depth + 1, key });
      } else {
        for (const [name, item] of Object.entries(value)) {
          const inner = { key: name, above: key };
          const character = unstorableCharacter(name);
          if (character) return { kind: "text", variable, path: pathOf(inner), character };
          stack.push({ value: item, depth: depth + 1, key: inner });
        }
      }
      // The children were pushed in order: reversed, so that the first is taken first.
      for (let i = start, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j]!, stack[i]!];
    }
  }
  return null;
}
