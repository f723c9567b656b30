import readme from "../../../README.md?raw";

/**
 * The README's example queries, as the explorer's first tabs: every ```graphql block of the README
 * that is a whole operation (fragments of attacks quoted in its security section are not). Read from
 * the README at build time, so the two never drift apart.
 */
export function readmeExamples(text: string = readme): string[] {
  const blocks = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  return blocks.filter((b) => b.startsWith("{") || /^(query|mutation)\b/.test(b));
}
