import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { UnavailableError } from "../core/errors";

/** The names a Chromium goes by on PATH, in the order they are tried. */
export const CHROMIUM_NAMES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"] as const;

/** The paper sizes of the PDF: Letter is Canada's (and the default), A4 the UN's and most of the world's. */
export const PAPERS = ["letter", "a4"] as const;
export type Paper = (typeof PAPERS)[number];

const executable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * The headless Chromium to print with: `PEACEOPS_CHROMIUM` when set (and then it must be an
 * executable file), otherwise the first of CHROMIUM_NAMES on PATH. Never downloads a browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.PEACEOPS_CHROMIUM?.trim();
  if (set) {
    if (!executable(set)) throw new UnavailableError(`PEACEOPS_CHROMIUM is ${JSON.stringify(set)}, which is not an executable file: set it to a Chromium's executable (for example /usr/bin/chromium)`);
    return set;
  }
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    for (const name of CHROMIUM_NAMES) {
      const file = path.join(dir, name);
      if (executable(file)) return file;
    }
  }
  throw new UnavailableError(
    `A PDF is printed by a headless Chromium, and none was found: set PEACEOPS_CHROMIUM to its executable, or put one on PATH as ${CHROMIUM_NAMES.join(", ")} (on Debian: apt-get install chromium). HTML and Markdown need none.`,
  );
}

/** What the printed pages carry besides the document: a footer line and the PDF's dates. */
export interface PrintOptions {
  paper: Paper;
  /** The footer's text before "n / N" (plain text; escaped here). */
  footer: string;
  /** The PDF's creation and modification date: the same date gives the same bytes (with the same Chromium). */
  date: string;
}

// Flags for a headless Chromium with no network of its own: no background connections, no updates, no sync.
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Chromium writes the time of printing as /CreationDate and /ModDate; set both to the report's date, byte for byte as long. */
export function pinPdfDates(pdf: Buffer, isoDate: string): Buffer {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`pinPdfDates wants YYYY-MM-DD, got ${isoDate}`);
  const stamp = `D:${isoDate.replace(/-/g, "")}000000+00'00'`;
  const text = pdf.toString("latin1").replace(/\/(CreationDate|ModDate) \(D:\d{14}\+00'00'\)/g, (_m, key: string) => `/${key} (${stamp})`);
  return Buffer.from(text, "latin1");
}

/**
 * Prints HTML to PDF in a headless Chromium, launched on first use and shared by the prints that
 * follow; each print has its own browser context with scripts off and the network cut, so that
 * one request's document never sees another's and nothing is loaded from anywhere.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private closed = false;

  constructor(private readonly locate: () => string = () => findChromium()) {}

  private launch(): Promise<Browser> {
    if (this.closed) return Promise.reject(new Error("the PDF printer is closed"));
    if (!this.browser) {
      const executablePath = this.locate();
      const launching = import("playwright-core").then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true }));
      this.browser = launching;
      launching.then(
        (b) => b.on("disconnected", () => {
          if (this.browser === launching) this.browser = null;
        }),
        () => {
          if (this.browser === launching) this.browser = null;
        },
      );
    }
    return this.browser;
  }

  async print(html: string, options: PrintOptions): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route("**/*", (route) => route.abort());
      await page.setContent(html, { waitUntil: "load" });
      const pdf = await page.pdf({
        format: options.paper === "a4" ? "A4" : "Letter",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: `<div style="font: 7.5pt Helvetica, Arial, sans-serif; color: #444; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between;"><span>${escapeHtml(options.footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
        margin: { top: "15mm", bottom: "18mm", left: "16mm", right: "16mm" },
      });
      return pinPdfDates(pdf, options.date);
    } finally {
      await context.close();
    }
  }

  /** Closes the browser, if one was launched; later prints fail. */
  async close(): Promise<void> {
    this.closed = true;
    const launched = this.browser;
    this.browser = null;
    if (launched) await launched.then((b) => b.close(), () => undefined);
  }
}
