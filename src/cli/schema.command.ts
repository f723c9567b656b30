import fs from "node:fs";
import { printPeaceopsSchema } from "../graphql/print-schema";

/** Writes the SDL to a file, or prints it; `check` fails when the file differs from the code. */
export function schema(out: string | undefined, check: boolean): void {
  const sdl = printPeaceopsSchema();
  if (check) {
    const file = out ?? "schema.graphql";
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== sdl) {
      throw new Error(`${file} does not match the code: run \`npm run schema\` and commit the result.`);
    }
    process.stdout.write(`${file} matches the code.\n`);
  } else if (out) {
    fs.writeFileSync(out, sdl);
    process.stdout.write(`Wrote ${out}\n`);
  } else {
    process.stdout.write(sdl);
  }
}
