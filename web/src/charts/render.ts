import { parse, View } from "vega";
import { expressionInterpreter } from "vega-interpreter";
import { compile, type TopLevelSpec } from "vega-lite";

/**
 * Draws a Vega-Lite chart as SVG into `container`. Vega's expressions run through its interpreter
 * (`ast: true`), never through generated code, so the page's Content-Security-Policy needs no
 * 'unsafe-eval'. The container becomes an image named `label`; the figure's data table carries the
 * figures for assistive technology.
 */
export async function drawChart(container: HTMLElement, spec: TopLevelSpec, label: string): Promise<View> {
  const compiled = compile(spec).spec;
  const view = new View(parse(compiled, undefined, { ast: true }), {
    expr: expressionInterpreter,
    renderer: "svg",
    container,
    hover: false,
  });
  await view.runAsync();
  // One image with one accessible name; Vega's own roles on every mark inside it are hidden.
  container.setAttribute("role", "img");
  container.setAttribute("aria-label", label);
  container.querySelector("svg")?.setAttribute("aria-hidden", "true");
  return view;
}
