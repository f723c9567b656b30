import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM_FLAGS, findChromium } from "../../src/report/pdf";

const root = path.join(__dirname, "..", "..");
export const WEB_DIST = path.join(root, "dist", "web");
/** Screenshots of the browser tests, kept as the run's artifacts (not committed). */
export const ARTIFACTS = path.join(root, "test-artifacts", "web");

function newest(dir: string): number {
  let time = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return time;
}

/**
 * The pages as `npm ci` builds them (dist/web); built again when a file of web/ or the README (the
 * explorer's examples) is newer, so the tests never look at a stale page. Run once per test run by
 * test/global-setup.ts.
 */
export function ensureWebBuilt(): void {
  const index = path.join(WEB_DIST, "index.html");
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (built >= Math.max(newest(path.join(root, "web")), fs.statSync(path.join(root, "README.md")).mtimeMs)) return;
  execFileSync(process.execPath, [path.join(root, "node_modules", "vite", "bin", "vite.js"), "build", "--config", "web/vite.config.mts", "--logLevel", "error"], { cwd: root, stdio: "inherit" });
}

/** Debian's Chromium (or PEACEOPS_CHROMIUM), headless, with no network of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
}

export interface PageWatch {
  /** Console errors and warnings, uncaught exceptions and policy violations, as text. */
  problems: string[];
  /** Every URL the page asked for that is not of the server's origin (data: and blob: aside). */
  otherOrigins: string[];
}

/** Records what a page does wrong for the test to assert at the end. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { problems: [], otherOrigins: [] };
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") watch.problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => watch.problems.push(`uncaught: ${e.message}`));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) watch.otherOrigins.push(url);
  });
  return watch;
}

/** Waits until every chart of the dashboard's view is drawn. */
export async function dashboardReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 30_000 });
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, `${name}.png`);
}

/**
 * For the enclosing describe: one browser for its tests, and the origin of the fixture app whose
 * port `port()` gives once the app has started. Fields are set once beforeAll has run.
 */
export function useBrowser(port: () => number): { browser: Browser; origin: string } {
  const shared = {} as { browser: Browser; origin: string };
  beforeAll(async () => {
    shared.browser = await launchBrowser();
    shared.origin = `http://127.0.0.1:${port()}`;
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  return shared;
}
