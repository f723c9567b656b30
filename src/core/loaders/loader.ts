import DataLoader from "dataloader";

/**
 * A loader by unique key: one `= ANY($1)` query per batch; results in key order, null for a
 * missing key (DataLoader's contract: an array of values as long as the keys).
 */
export function keyLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map<K, V>();
    for (const value of await fetch(keys)) byKey.set(keyOf(value), value);
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader of the rows belonging to each key (one-to-many), in the order the query returns them. */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>();
    for (const value of await fetch(keys)) {
      const k = keyOf(value);
      const list = groups.get(k);
      if (list) list.push(value);
      else groups.set(k, [value]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Loaders whose batch also depends on field arguments (a nested connection's page and filter):
 * one DataLoader per distinct argument set, so parents asking the same page share one query.
 */
export function argsLoader<K, A, V>(batch: (keys: readonly K[], args: A) => Promise<V[]>): (args: A) => DataLoader<K, V> {
  const byArgs = new Map<string, DataLoader<K, V>>();
  return (args: A) => {
    const signature = JSON.stringify(args);
    let loader = byArgs.get(signature);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(keys, args));
      byArgs.set(signature, loader);
    }
    return loader;
  };
}
