// The generator's input as the demo seed builds it, from the shipped data files.
import type { GeneratorInput } from "../../src/core/db/seed/synthetic";
import { demoGeneratorInput } from "../../src/core/db/seed/demo-register";

export function loadInput(seed: number): GeneratorInput {
  return demoGeneratorInput(seed);
}
