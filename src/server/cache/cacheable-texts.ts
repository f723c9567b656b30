/** Distinct operation texts remembered as cacheable, per process. */
const TEXTS = 2000;

/**
 * The operation texts (with their operation name) that GraphQL found to be made of analytics reports
 * alone: only these are looked up in the answer cache before GraphQL (cached-answers.ts), so that no
 * other request pays for a lookup. The oldest noted text goes first when there are too many.
 */
export class CacheableTexts {
  private readonly texts = new Map<string, string | null>();

  /** Notes a text and the name of the operation it runs (from the document when the request names none). */
  add(source: string, operationName: string | null | undefined, resolvedName: string | null): void {
    const key = this.keyOf(source, operationName);
    if (this.texts.has(key)) return;
    if (this.texts.size >= TEXTS) this.texts.delete(this.texts.keys().next().value!);
    this.texts.set(key, resolvedName);
  }

  /** The operation's name (null when unnamed) if the text is noted; undefined if not. */
  lookup(source: string, operationName: string | null | undefined): string | null | undefined {
    return this.texts.get(this.keyOf(source, operationName));
  }

  private keyOf(source: string, operationName: string | null | undefined): string {
    return `${operationName ?? ""}\u0000${source}`;
  }
}
