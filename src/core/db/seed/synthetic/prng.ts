// Seeded pseudo-random numbers. mulberry32 is tiny, fast and good enough for demo data; every
// consumer gets its own stream (fork) so that changing one part of the generator does not shift
// the random draws of the others.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 32-bit FNV-1a of a string, to derive stream seeds from labels. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(private readonly seed: number) {
    this.next = mulberry32(seed);
  }

  /** An independent stream for a named purpose. */
  fork(label: string): Rng {
    return new Rng(hash32(`${this.seed}:${label}`));
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform integer in [lo, hi], inclusive. */
  int(lo: number, hi: number): number {
    if (hi < lo) throw new RangeError(`int(${lo}, ${hi})`);
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  /** Pick by non-negative weights; falls back to uniform when all weights are zero. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((s, x) => s + Math.max(0, weight(x)), 0);
    if (total <= 0) return this.pick(items);
    let r = this.next() * total;
    for (const x of items) {
      r -= Math.max(0, weight(x));
      if (r < 0) return x;
    }
    return items[items.length - 1];
  }

  /** Fisher-Yates, in place; returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** k items without replacement, each with probability proportional to weight (Efraimidis-Spirakis). */
  sample<T>(items: readonly T[], k: number, weight: (item: T) => number = () => 1): T[] {
    const keyed = items.map((x) => ({ x, key: Math.pow(this.next(), 1 / Math.max(1e-9, weight(x))) }));
    keyed.sort((a, b) => b.key - a.key);
    return keyed.slice(0, Math.max(0, k)).map((e) => e.x);
  }
}
